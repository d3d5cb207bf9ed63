package org.regionaltc.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the streaming pass extracts of one activity, with its findings: what the import stores. An activity with a
 * schema error is rejected whole; its codelist and rule findings are warnings kept with it.
 */
public record ParsedActivity(@Nullable String identifier, int line, @Nullable String reportingRef,
        @Nullable String reportingName, @Nullable String title, @Nullable String status, @Nullable LocalDate start,
        @Nullable LocalDate end, @Nullable String defaultCurrency, List<Place> countries, List<Sector> sectors,
        List<Budget> budgets, List<Transaction> transactions, List<Finding> findings, Dates dates) {

    /** The four activity dates apart, for UNIDO's own activities that update a project's planned and actual dates. */
    public record Dates(@Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
            @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd) {
    }

    public record Place(String code, @Nullable BigDecimal percentage) {
    }

    public record Sector(String vocabulary, String code, @Nullable BigDecimal percentage) {
    }

    public record Budget(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable String currency,
            @Nullable BigDecimal value) {
    }

    public record Transaction(@Nullable String type, @Nullable LocalDate date, @Nullable String currency,
            @Nullable BigDecimal value, @Nullable String providerRef, @Nullable String providerName) {
    }

    public boolean schemaValid() {
        return findings.stream().noneMatch(f -> f.kind() == Finding.Kind.SCHEMA && f.isError());
    }
}

package org.regionaltc.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A contribution to a project from outside the financing bodies' grants, cash or in kind. */
public record Cofinancing(long id, long projectId, @Nullable String countryCode, SourceType sourceType,
        String sourceName, Kind kind, LocalDate date, String currency, BigDecimal amount, BigDecimal usdRate,
        BigDecimal amountUsd, boolean sample) {

    public enum SourceType { GOVERNMENT, PRIVATE_SECTOR, OTHER_DONOR, BENEFICIARY }

    public enum Kind { CASH, IN_KIND }

    /** A contribution as entered. */
    public record Draft(@Nullable Long projectId, @Nullable String countryCode, @Nullable String sourceType,
            @Nullable String sourceName, @Nullable String kind,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            @Nullable LocalDate date, @Nullable String currency, @Nullable BigDecimal amount) {
    }
}

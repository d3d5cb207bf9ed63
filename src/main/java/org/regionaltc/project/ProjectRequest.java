package org.regionaltc.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a project is created or changed with, through the API (as JSON) or the project form. Countries and sectors
 * map a code to its percentage; each set must sum to 100. {@code version} is the one read, on changes.
 */
record ProjectRequest(
        @NotBlank @Size(max = 100) String identifier,
        @NotBlank @Size(max = 300) String titleEn,
        @Size(max = 300) @Nullable String titleEs,
        @Size(max = 300) @Nullable String titleFr,
        @Size(max = 300) @Nullable String titlePt,
        @Size(max = 8000) @Nullable String descriptionEn,
        @Size(max = 8000) @Nullable String descriptionEs,
        @NotNull ProjectScope scope,
        @Nullable LocalDate plannedStart,
        @Nullable LocalDate plannedEnd,
        @Nullable LocalDate actualStart,
        @Nullable LocalDate actualEnd,
        @NotBlank @Size(min = 3, max = 3) String currency,
        @NotNull BigDecimal totalBudget,
        @Nullable Map<Integer, BigDecimal> budgetByYear,
        @NotNull Map<String, BigDecimal> countries,
        @NotNull Map<String, BigDecimal> sectors,
        @Nullable List<String> themes,
        @Size(max = 200) @Nullable String unidoUnit,
        @Nullable List<String> counterparts,
        @Nullable List<String> partners,
        @Nullable List<TcProject.Document> documents,
        @Size(max = 4000) @Nullable String internalNotes,
        @Nullable Integer version) {

    Map<Integer, BigDecimal> budgetByYearOrEmpty() {
        return budgetByYear == null ? Map.of() : budgetByYear;
    }

    List<String> themesOrEmpty() {
        return themes == null ? List.of() : themes;
    }

    List<String> counterpartsOrEmpty() {
        return counterparts == null ? List.of() : counterparts;
    }

    List<String> partnersOrEmpty() {
        return partners == null ? List.of() : partners;
    }

    List<TcProject.Document> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }
}

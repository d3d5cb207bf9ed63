package org.regionaltc.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project request for tests that names only what the test is about: by default a national project of Peru in
 * USD 1,000, sector 32161 and theme A1, with a unique identifier and nothing optional.
 */
public final class ProjectRequestBuilder {

    private String identifier = ProjectFixtures.anIdentifier();
    private String titleEn = "Test project";
    private @Nullable String titleEs;
    private ProjectScope scope = ProjectScope.NATIONAL;
    private @Nullable LocalDate plannedStart;
    private @Nullable LocalDate plannedEnd;
    private String currency = "USD";
    private BigDecimal totalBudget = new BigDecimal("1000");
    private @Nullable Map<Integer, BigDecimal> budgetByYear;
    private Map<String, BigDecimal> countries = shares("PE", 100);
    private Map<String, BigDecimal> sectors = shares("32161", 100);
    private @Nullable List<String> themes = List.of("A1");
    private @Nullable String internalNotes;

    private ProjectRequestBuilder() {
    }

    public static ProjectRequestBuilder aProjectRequest() {
        return new ProjectRequestBuilder();
    }

    /** Codes and their percentages, as "PE", 60, "BO", 40. */
    public static Map<String, BigDecimal> shares(Object... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return map;
    }

    public ProjectRequestBuilder identifier(String identifier) {
        this.identifier = identifier;
        return this;
    }

    public ProjectRequestBuilder titles(String english, @Nullable String spanish) {
        this.titleEn = english;
        this.titleEs = spanish;
        return this;
    }

    public ProjectRequestBuilder scope(ProjectScope scope) {
        this.scope = scope;
        return this;
    }

    public ProjectRequestBuilder planned(@Nullable LocalDate start, @Nullable LocalDate end) {
        this.plannedStart = start;
        this.plannedEnd = end;
        return this;
    }

    public ProjectRequestBuilder budget(String currency, String total) {
        this.currency = currency;
        this.totalBudget = new BigDecimal(total);
        return this;
    }

    public ProjectRequestBuilder byYear(@Nullable Map<Integer, BigDecimal> budgetByYear) {
        this.budgetByYear = budgetByYear;
        return this;
    }

    /** Countries as "PE", 60, "BO", 40; more than one makes the project sub-regional. */
    public ProjectRequestBuilder countries(Object... pairs) {
        return countries(shares(pairs));
    }

    public ProjectRequestBuilder countries(Map<String, BigDecimal> countries) {
        this.countries = countries;
        this.scope = countries.size() > 1 ? ProjectScope.SUB_REGIONAL : ProjectScope.NATIONAL;
        return this;
    }

    public ProjectRequestBuilder sectors(Map<String, BigDecimal> sectors) {
        this.sectors = sectors;
        return this;
    }

    public ProjectRequestBuilder themes(@Nullable List<String> themes) {
        this.themes = themes;
        return this;
    }

    public ProjectRequestBuilder internalNotes(@Nullable String internalNotes) {
        this.internalNotes = internalNotes;
        return this;
    }

    ProjectRequest build() {
        return new ProjectRequest(identifier, titleEn, titleEs, null, null, null, null, scope, plannedStart, plannedEnd,
            null, null, currency, totalBudget, budgetByYear, countries, sectors, themes, null, null, null, null,
            internalNotes, null);
    }
}

package org.regionaltc.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one dashboard, as the page draws them and {@code /api/dashboard} returns them. Every figure says
 * what it counts; money is in US dollars at today's rates. A part a scope may not see is null.
 */
public record Dashboard(String scope, Portfolio portfolio, Alignment alignment, Funding funding,
        @Nullable Pipeline pipeline, @Nullable Ratio cofinancingRatio, Gaps gaps, Actions overdueActions,
        Deadlines deadlines) {

    public record Portfolio(int projects, BigDecimal budgetUsd, Breakdown byStatus, Breakdown bySubregion,
            Countries byCountry, Breakdown byTheme) {
    }

    /** Projects and their budget per key (a status, a sub-region, a theme). */
    public record Breakdown(String counts, List<Share> rows) {
    }

    public record Share(String key, int projects, BigDecimal budgetUsd) {
    }

    public record Countries(String counts, List<CountryFigures> rows) {
    }

    /** What the map colours a country by. */
    public record CountryFigures(String key, String subregion, int projects, BigDecimal budgetUsd,
            @Nullable BigDecimal securedUsd, @Nullable BigDecimal gapUsd, @Nullable Double score) {
    }

    public record Alignment(String counts, @Nullable Double score, int scoredProjects, List<Band> distribution) {
    }

    /** Projects whose score lies in [from, to), the last band including 100. */
    public record Band(int from, int to, int projects) {

        public String key() {
            return from + "–" + to;
        }
    }

    public record Funding(String counts, BigDecimal secured, @Nullable BigDecimal gap, List<Source> bySource) {
    }

    /** A financing body's secured money, or co-financing under the key {@code COFINANCING}. */
    public record Source(String key, BigDecimal securedUsd) {
    }

    public record Pipeline(String counts, BigDecimal totalUsd, BigDecimal weightedUsd, List<StageFigures> byStage) {
    }

    public record StageFigures(String key, int proposals, BigDecimal totalUsd, BigDecimal weightedUsd) {
    }

    public record Ratio(String counts, BigDecimal cofinancingUsd, BigDecimal grantsUsd, BigDecimal ratio) {
    }

    public record Gaps(String counts, List<Gap> rows) {
    }

    public record Gap(long priorityId, String level, @Nullable String countryCode, @Nullable String groupingCode,
            String theme, String title, @Nullable BigDecimal weight, BigDecimal linkedBudgetUsd) {
    }

    public record Actions(String counts, List<Action> rows) {
    }

    public record Action(long id, long meetingId, String meetingTitle, String description, String owner,
            LocalDate due) {
    }

    public record Deadlines(String counts, List<Deadline> rows) {
    }

    /** A date something is due: a funding window closes, a proposal's next action, a cycle's submissions. */
    public record Deadline(String kind, LocalDate date, String label, String link) {
    }
}

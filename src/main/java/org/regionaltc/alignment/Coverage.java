package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.system.Money;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the current cycle's priorities are covered by projects: the priority × project matrix, the budget behind
 * each priority, the high-weight priorities left without (enough) budget, and the projects serving none.
 * A project's total budget counts for every priority it serves, in full for a strong link and by the partial
 * factor for a partial one: this measures coverage, it does not split money between priorities. Everything is
 * computed over the projects the viewer may see ({@link Filter#visibility}).
 */
@Component
public class Coverage {

    /**
     * What to look at: a country (its national priorities and those of its groupings), a grouping, a theme; and
     * over which projects: those the viewer may see. Results are kept per filter, so per kind of viewer.
     */
    public record Filter(@Nullable String country, @Nullable String grouping, @Nullable String theme,
            ProjectVisibility visibility) {

        /** Over every project: the secretariat's view. */
        public Filter(@Nullable String country, @Nullable String grouping, @Nullable String theme) {
            this(country, grouping, theme, ProjectVisibility.everything());
        }

        public static Filter none() {
            return new Filter(null, null, null);
        }

        public static Filter none(ProjectVisibility visibility) {
            return new Filter(null, null, null, visibility);
        }
    }

    /**
     * A priority with the projects serving it and their budget in US dollars at today's rates; budgets in a
     * currency with no rate are left out of linkedBudget and named in {@code unpriced}.
     */
    public record PriorityCoverage(long priorityId, String level, @Nullable String countryCode,
            @Nullable String groupingCode, String thematicAreaCode, String topTheme, String title, int rank,
            @Nullable BigDecimal weight, int projects, BigDecimal linkedBudget, Set<String> unpriced) {

        PriorityCoverage withMoreProjects(int more) {
            return new PriorityCoverage(priorityId, level, countryCode, groupingCode, thematicAreaCode, topTheme, title,
                rank, weight, projects + more, linkedBudget, unpriced);
        }

        PriorityCoverage inUsd(BigDecimal usd, Set<String> unpricedCurrencies) {
            return new PriorityCoverage(priorityId, level, countryCode, groupingCode, thematicAreaCode, topTheme, title,
                rank, weight, projects, usd, Set.copyOf(unpricedCurrencies));
        }
    }

    /** A priority as read, its linked budget still in each project's own currency. */
    private record Linked(PriorityCoverage priority, Map<String, BigDecimal> budgets) {
    }

    public record Cell(long priorityId, long projectId, String projectIdentifier, String strength) {
    }

    /** Priorities as rows, the projects serving them as columns, and each link's strength by priority and project. */
    public record Matrix(List<PriorityCoverage> priorities, Map<Long, String> projects,
            Map<Long, Map<Long, String>> strengths) {

        static Matrix of(List<PriorityCoverage> priorities, Map<Long, String> projects, List<Cell> cells) {
            Map<Long, Map<Long, String>> strengths = new java.util.HashMap<>();
            cells.forEach(c -> strengths.computeIfAbsent(c.priorityId(), k -> new TreeMap<>())
                .put(c.projectId(), c.strength()));
            return new Matrix(priorities, projects, strengths);
        }

        public @Nullable String strength(long priorityId, long projectId) {
            return strengths.getOrDefault(priorityId, Map.of()).get(projectId);
        }

        /** The same matrix with at most {@code columns} projects, those with the most links first. */
        public Matrix limitedTo(int columns) {
            if (projects.size() <= columns) {
                return this;
            }
            Map<Long, Long> links = new java.util.HashMap<>();
            strengths.values().forEach(row -> row.keySet().forEach(p -> links.merge(p, 1L, Long::sum)));
            java.util.Set<Long> kept = projects.keySet().stream()
                .sorted(java.util.Comparator.comparing((Long id) -> links.getOrDefault(id, 0L)).reversed()
                    .thenComparing(id -> id))
                .limit(columns).collect(java.util.stream.Collectors.toSet());
            Map<Long, String> keptProjects = new TreeMap<>();
            projects.forEach((id, identifier) -> {
                if (kept.contains(id)) {
                    keptProjects.put(id, identifier);
                }
            });
            Map<Long, Map<Long, String>> keptStrengths = new java.util.HashMap<>();
            strengths.forEach((priority, row) -> row.forEach((project, strength) -> {
                if (kept.contains(project)) {
                    keptStrengths.computeIfAbsent(priority, k -> new TreeMap<>()).put(project, strength);
                }
            }));
            return new Matrix(priorities, keptProjects, keptStrengths);
        }

        /** Every link as a row, for the CSV export. */
        public List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (PriorityCoverage p : priorities) {
                strengths.getOrDefault(p.priorityId(), Map.of()).forEach((project, strength) ->
                    cells.add(new Cell(p.priorityId(), project, projects.get(project), strength)));
            }
            return cells;
        }
    }

    /** Gap priorities counted by a dimension: a country, a grouping or a theme. */
    public record GapCount(String dimension, String key, int priorities, BigDecimal linkedBudget) {
    }

    public record OffProgramme(long projectId, String identifier, String title, String status, BigDecimal totalBudget,
            String currency, String countries) {
    }

    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;
    private final AlignmentCache cache;
    private final ExchangeRates rates;

    Coverage(JdbcClient jdbc, CurrentCycle currentCycle, AlignmentSettings settings, AlignmentCache cache,
            ExchangeRates rates) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.settings = settings;
        this.cache = cache;
        this.rates = rates;
    }

    public List<PriorityCoverage> priorities(Filter filter) {
        // Budgets are kept per currency and converted on each call: a new rate does not change the alignment
        // inputs the cache follows, and converting a few sums costs one rate lookup per currency.
        List<Linked> linked = cache.get("priorities " + filter, () -> computePriorities(filter));
        Function<String, Optional<BigDecimal>> rateToday = rates.ratesOn(LocalDate.now());
        return linked.stream().map(l -> inUsd(l, rateToday)).toList();
    }

    private static PriorityCoverage inUsd(Linked linked, Function<String, Optional<BigDecimal>> rateToday) {
        BigDecimal usd = BigDecimal.ZERO;
        Set<String> unpriced = new TreeSet<>();
        for (Map.Entry<String, BigDecimal> budget : linked.budgets().entrySet()) {
            Optional<BigDecimal> rate = rateToday.apply(budget.getKey());
            if (rate.isPresent()) {
                usd = usd.add(budget.getValue().multiply(rate.get()));
            } else {
                unpriced.add(budget.getKey());
            }
        }
        return linked.priority().inUsd(Money.usd(usd), unpriced);
    }

    private List<Linked> computePriorities(Filter filter) {
        // Filters are added only when given, so that the database plans each query for what it really asks.
        StringBuilder where = new StringBuilder();
        if (filter.country() != null) {
            where.append("""
                  AND (p.country_code = :country OR (p.level = 'SUB_REGIONAL' AND EXISTS (
                        SELECT 1 FROM grouping_member gm WHERE gm.grouping_code = p.grouping_code
                          AND gm.country_code = :country AND gm.left_year IS NULL)))
                """);
        }
        if (filter.grouping() != null) {
            where.append("""
                  AND (p.grouping_code = :grouping OR (p.level = 'NATIONAL' AND EXISTS (
                        SELECT 1 FROM grouping_member gm WHERE gm.grouping_code = :grouping
                          AND gm.country_code = p.country_code AND gm.left_year IS NULL)))
                """);
        }
        if (filter.theme() != null) {
            where.append("  AND (p.thematic_area_code = :theme OR ta.parent_code = :theme)\n");
        }
        var query = filter.visibility().bind(jdbc.sql("""
                SELECT p.id, p.level, p.country_code, p.grouping_code, p.thematic_area_code,
                       COALESCE(ta.parent_code, ta.code) AS top_theme, p.title, p.priority_rank, p.weight,
                       COALESCE(l.projects, 0) AS projects, l.currency, l.budget AS linked_budget
                FROM priority p
                JOIN thematic_area ta ON ta.code = p.thematic_area_code
                LEFT JOIN (
                    SELECT pp.priority_id, t.currency, COUNT(*) AS projects,
                           SUM(t.total_budget * CASE pp.strength WHEN 'STRONG' THEN :strong ELSE :partial END) AS budget
                    FROM project_priority pp
                    JOIN priority lp ON lp.id = pp.priority_id AND lp.cycle_id = :cycle
                    JOIN tc_project t ON t.id = pp.project_id AND t.status <> 'CANCELLED'""" + filter.visibility().and("t")
                    + """
                    GROUP BY pp.priority_id, t.currency) l ON l.priority_id = p.id
                WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                """ + where + """
                ORDER BY p.weight DESC NULLS LAST, p.level, p.country_code, p.grouping_code, p.priority_rank, p.id
                """))
            .param("strong", BigDecimal.valueOf(settings.strongLink()))
            .param("partial", BigDecimal.valueOf(settings.partialLink()))
            .param("cycle", currentCycle.id().orElse(-1L));
        if (filter.country() != null) {
            query = query.param("country", filter.country());
        }
        if (filter.grouping() != null) {
            query = query.param("grouping", filter.grouping());
        }
        if (filter.theme() != null) {
            query = query.param("theme", filter.theme());
        }
        // One row per priority and currency of the projects serving it; a priority served by none has one row.
        record Row(PriorityCoverage priority, @Nullable String currency, @Nullable BigDecimal budget) {
        }
        List<Row> rows = query.query((rs, n) -> new Row(new PriorityCoverage(rs.getLong("id"), rs.getString("level"),
                rs.getString("country_code"), rs.getString("grouping_code"), rs.getString("thematic_area_code"),
                rs.getString("top_theme"), rs.getString("title"), rs.getInt("priority_rank"),
                rs.getBigDecimal("weight"), rs.getInt("projects"), BigDecimal.ZERO, Set.of()),
                rs.getString("currency") == null ? null : rs.getString("currency").strip(),
                rs.getBigDecimal("linked_budget")))
            .list();
        Map<Long, Linked> linked = new LinkedHashMap<>();
        for (Row row : rows) {
            Linked before = linked.get(row.priority().priorityId());
            PriorityCoverage p = before == null ? row.priority() : before.priority().withMoreProjects(row.priority().projects());
            Map<String, BigDecimal> budgets = before == null ? new TreeMap<>() : before.budgets();
            if (row.currency() != null && row.budget() != null) {
                budgets.merge(row.currency(), row.budget(), BigDecimal::add);
            }
            linked.put(p.priorityId(), new Linked(p, budgets));
        }
        return linked.values().stream().map(l -> new Linked(l.priority(), Map.copyOf(l.budgets()))).toList();
    }

    public Matrix matrix(Filter filter) {
        return cache.get("matrix " + filter, () -> computeMatrix(filter));
    }

    private Matrix computeMatrix(Filter filter) {
        List<PriorityCoverage> priorities = priorities(filter);
        java.util.Set<Long> shown = priorities.stream().map(PriorityCoverage::priorityId)
            .collect(java.util.stream.Collectors.toSet());
        // Identifiers read once per project rather than once per link: a third less to read at 100,000 links.
        Map<Long, String> identifiers = new java.util.HashMap<>();
        filter.visibility().bind(jdbc.sql("SELECT t.id, t.identifier FROM tc_project t WHERE t.status <> 'CANCELLED'"
                + filter.visibility().and("t")))
            .query(rs -> {
                identifiers.put(rs.getLong(1), rs.getString(2));
            });
        List<Cell> cells = new ArrayList<>();
        Map<Long, String> projects = new TreeMap<>();
        jdbc.sql("""
                SELECT pp.priority_id, pp.project_id, pp.strength
                FROM project_priority pp
                JOIN priority p ON p.id = pp.priority_id AND p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                """)
            .param("cycle", currentCycle.id().orElse(-1L))
            .query(rs -> {
                long priority = rs.getLong(1);
                String identifier = identifiers.get(rs.getLong(2));
                if (identifier != null && shown.contains(priority)) {
                    cells.add(new Cell(priority, rs.getLong(2), identifier, rs.getString(3)));
                    projects.put(rs.getLong(2), identifier);
                }
            });
        return Matrix.of(priorities, projects, cells);
    }

    /** High-weight priorities (weight at least tc.alignment.gap-minimum-weight) with less linked budget than
     * tc.alignment.gap-budget-below. */
    public List<PriorityCoverage> gaps(Filter filter) {
        return priorities(filter).stream()
            .filter(p -> p.weight() != null && p.weight().doubleValue() >= settings.gapMinimumWeight())
            .filter(p -> p.linkedBudget().compareTo(settings.gapBudgetBelow()) < 0)
            .toList();
    }

    /** The gaps counted by country, by grouping (sub-region) and by theme. */
    public List<GapCount> gapCounts(Filter filter) {
        Map<String, GapCount> counts = new LinkedHashMap<>();
        for (PriorityCoverage gap : gaps(filter)) {
            if (gap.countryCode() != null) {
                add(counts, "country", gap.countryCode(), gap.linkedBudget());
            }
            if (gap.groupingCode() != null) {
                add(counts, "sub-region", gap.groupingCode(), gap.linkedBudget());
            }
            if ("REGIONAL".equals(gap.level())) {
                add(counts, "sub-region", "regional", gap.linkedBudget());
            }
            add(counts, "theme", gap.topTheme(), gap.linkedBudget());
        }
        return counts.values().stream()
            .sorted(java.util.Comparator.comparing(GapCount::dimension).thenComparing(GapCount::priorities,
                java.util.Comparator.reverseOrder()).thenComparing(GapCount::key))
            .toList();
    }

    private static void add(Map<String, GapCount> counts, String dimension, String key, BigDecimal budget) {
        counts.merge(dimension + ":" + key, new GapCount(dimension, key, 1, budget),
            (a, b) -> new GapCount(dimension, key, a.priorities() + 1, a.linkedBudget().add(b.linkedBudget())));
    }

    /** Projects (not cancelled) that serve no priority of the current cycle. */
    public List<OffProgramme> offProgramme(Filter filter) {
        return cache.get("off-programme " + filter, () -> computeOffProgramme(filter));
    }

    private List<OffProgramme> computeOffProgramme(Filter filter) {
        return filter.visibility().bind(jdbc.sql("""
                SELECT t.id, t.identifier, t.title_en, t.status, t.total_budget, t.currency,
                       (SELECT STRING_AGG(pc.country_code, ' ' ORDER BY pc.country_code) FROM project_country pc
                        WHERE pc.project_id = t.id) AS countries
                FROM tc_project t
                WHERE t.status <> 'CANCELLED'""" + filter.visibility().and("t") + """
                  AND NOT EXISTS (SELECT 1 FROM project_priority pp JOIN priority p ON p.id = pp.priority_id
                                  WHERE pp.project_id = t.id AND p.cycle_id = :cycle AND p.status = 'SUBMITTED')
                  AND (CAST(:country AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM project_country pc
                        WHERE pc.project_id = t.id AND pc.country_code = CAST(:country AS VARCHAR)))
                  AND (CAST(:grouping AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM project_country pc
                        JOIN grouping_member gm ON gm.country_code = pc.country_code AND gm.left_year IS NULL
                        WHERE pc.project_id = t.id AND gm.grouping_code = CAST(:grouping AS VARCHAR)))
                  AND (CAST(:theme AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM project_theme pt
                        JOIN thematic_area ta ON ta.code = pt.thematic_area_code
                        WHERE pt.project_id = t.id AND (ta.code = CAST(:theme AS VARCHAR)
                              OR ta.parent_code = CAST(:theme AS VARCHAR))))
                ORDER BY t.total_budget DESC, t.identifier
                """))
            .param("cycle", currentCycle.id().orElse(-1L))
            .param("country", filter.country())
            .param("grouping", filter.grouping())
            .param("theme", filter.theme())
            .query((rs, n) -> new OffProgramme(rs.getLong("id"), rs.getString("identifier"), rs.getString("title_en"),
                rs.getString("status"), rs.getBigDecimal("total_budget"), rs.getString("currency"),
                rs.getString("countries") == null ? "" : rs.getString("countries")))
            .list();
    }
}

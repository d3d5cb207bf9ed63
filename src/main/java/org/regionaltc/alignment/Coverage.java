package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.project.ProjectCatalog;
import org.regionaltc.project.TcProject;
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

    /** The projects a viewer may see that are not cancelled, and their links to priorities: the matrix's cells. */
    private record Served(Map<Long, ProjectCatalog.Summary> projects, List<ProjectCatalog.Link> links) {
    }

    /** The matrix's columns and cells, without the priorities, whose budgets are converted when they are read. */
    private record MatrixLinks(Map<Long, String> projects, Map<Long, Map<Long, String>> strengths) {
    }

    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;
    private final AlignmentCache cache;
    private final ExchangeRates rates;
    private final ProjectCatalog catalog;

    Coverage(JdbcClient jdbc, CurrentCycle currentCycle, AlignmentSettings settings, AlignmentCache cache,
            ExchangeRates rates, ProjectCatalog catalog) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.settings = settings;
        this.cache = cache;
        this.rates = rates;
        this.catalog = catalog;
    }

    /**
     * The priorities with their budgets in US dollars at today's rates. The matrix, the gaps and their counts all
     * start from this list: a page that shows several of them computes it once and hands it to each.
     */
    public List<PriorityCoverage> priorities(Filter filter) {
        // Budgets are kept per currency and converted on each call: a new rate does not change the alignment
        // inputs the cache follows, and converting a few sums costs one rate lookup per currency.
        List<Linked> linked = linked(filter);
        Function<String, Optional<BigDecimal>> rateToday = rates.ratesOn(LocalDate.now());
        return linked.stream().map(l -> inUsd(l, rateToday)).toList();
    }

    private List<Linked> linked(Filter filter) {
        return cache.get("priorities " + filter, () -> computePriorities(filter));
    }

    private Served readServed(ProjectVisibility visibility) {
        Map<Long, ProjectCatalog.Summary> projects = new HashMap<>();
        catalog.findSummaries(visibility).stream().filter(p -> !p.cancelled()).forEach(p -> projects.put(p.id(), p));
        List<ProjectCatalog.Link> links = catalog.links(null).stream()
            .filter(l -> projects.containsKey(l.projectId())).toList();
        return new Served(projects, links);
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
        var query = jdbc.sql("""
                SELECT p.id, p.level, p.country_code, p.grouping_code, p.thematic_area_code,
                       COALESCE(ta.parent_code, ta.code) AS top_theme, p.title, p.priority_rank, p.weight
                FROM priority p
                JOIN thematic_area ta ON ta.code = p.thematic_area_code
                WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                """ + where + """
                ORDER BY p.weight DESC NULLS LAST, p.level, p.country_code, p.grouping_code, p.priority_rank, p.id
                """)
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
        List<PriorityCoverage> priorities = query.query((rs, n) -> new PriorityCoverage(rs.getLong("id"),
                rs.getString("level"), rs.getString("country_code"), rs.getString("grouping_code"),
                rs.getString("thematic_area_code"), rs.getString("top_theme"), rs.getString("title"),
                rs.getInt("priority_rank"), rs.getBigDecimal("weight"), 0, BigDecimal.ZERO, Set.of()))
            .list();
        // Each priority's projects counted and their budgets summed per currency, in full for a strong link and by
        // the partial factor for a partial one.
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> budgets = new HashMap<>();
        BigDecimal strong = BigDecimal.valueOf(settings.strongLink());
        BigDecimal partial = BigDecimal.valueOf(settings.partialLink());
        for (ProjectCatalog.LinkTotal total : catalog.linkTotals(filter.visibility())) {
            counts.merge(total.priorityId(), total.projects(), Integer::sum);
            budgets.computeIfAbsent(total.priorityId(), k -> new TreeMap<>()).merge(total.currency(),
                total.budget().multiply(total.strength() == TcProject.Strength.STRONG ? strong : partial),
                BigDecimal::add);
        }
        return priorities.stream()
            .map(p -> new Linked(p.withMoreProjects(counts.getOrDefault(p.priorityId(), 0)),
                Map.copyOf(budgets.getOrDefault(p.priorityId(), Map.of()))))
            .toList();
    }

    /** The priority × project matrix; its priorities' budgets are converted at today's rates when it is read. */
    public Matrix matrix(Filter filter) {
        return matrix(filter, priorities(filter));
    }

    /** The matrix of the priorities given, which are {@link #priorities} of the same filter. */
    public Matrix matrix(Filter filter, List<PriorityCoverage> priorities) {
        MatrixLinks links = cache.get("matrix " + filter, () -> computeMatrix(filter, priorities));
        return new Matrix(priorities, links.projects(), links.strengths());
    }

    private MatrixLinks computeMatrix(Filter filter, List<PriorityCoverage> priorities) {
        Set<Long> shown = new HashSet<>();
        priorities.forEach(p -> shown.add(p.priorityId()));
        Served served = readServed(filter.visibility());
        Map<Long, String> projects = new TreeMap<>();
        Map<Long, Map<Long, String>> strengths = new HashMap<>();
        for (ProjectCatalog.Link link : served.links()) {
            if (shown.contains(link.priorityId())) {
                String identifier = served.projects().get(link.projectId()).identifier();
                strengths.computeIfAbsent(link.priorityId(), k -> new TreeMap<>())
                    .put(link.projectId(), link.strength().name());
                projects.put(link.projectId(), identifier);
            }
        }
        return new MatrixLinks(projects, strengths);
    }

    /** High-weight priorities (weight at least tc.alignment.gap-minimum-weight) with less linked budget than
     * tc.alignment.gap-budget-below. */
    public List<PriorityCoverage> gaps(Filter filter) {
        return gapsAmong(priorities(filter));
    }

    /** The gaps among priorities already computed. */
    public List<PriorityCoverage> gapsAmong(List<PriorityCoverage> priorities) {
        return priorities.stream()
            .filter(p -> p.weight() != null && p.weight().doubleValue() >= settings.gapMinimumWeight())
            .filter(p -> p.linkedBudget().compareTo(settings.gapBudgetBelow()) < 0)
            .toList();
    }

    /** The gaps counted by country, by grouping (sub-region) and by theme. */
    public List<GapCount> gapCounts(Filter filter) {
        return countsOf(gaps(filter));
    }

    /** Gaps already computed, counted. */
    public List<GapCount> countsOf(List<PriorityCoverage> gaps) {
        Map<String, GapCount> counts = new LinkedHashMap<>();
        for (PriorityCoverage gap : gaps) {
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
        Set<Long> cyclePriorities = new HashSet<>();
        currentCycle.id().ifPresent(id -> currentCycle.prioritiesOf(id).forEach(p -> cyclePriorities.add(p.id())));
        Set<String> groupingMembers = filter.grouping() == null ? Set.of()
            : currentCycle.groupingMembers().getOrDefault(filter.grouping(), Set.of());
        return catalog.findVisibleLinkedToNone(filter.visibility(), cyclePriorities).stream()
            .filter(p -> filter.country() == null || p.countryCodes().contains(filter.country()))
            .filter(p -> filter.grouping() == null || p.countryCodes().stream().anyMatch(groupingMembers::contains))
            .filter(p -> filter.theme() == null || p.themes().stream()
                .anyMatch(t -> t.code().equals(filter.theme()) || filter.theme().equals(t.parent())))
            .sorted(java.util.Comparator.comparing(ProjectCatalog.Project::totalBudget).reversed()
                .thenComparing(ProjectCatalog.Project::identifier))
            .map(p -> new OffProgramme(p.id(), p.identifier(), p.titles().titleEn(), p.status().name(),
                p.totalBudget(), p.currency(), String.join(" ", new TreeSet<>(p.countryCodes()))))
            .toList();
    }
}

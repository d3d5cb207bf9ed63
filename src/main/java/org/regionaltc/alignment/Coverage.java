package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the current cycle's priorities are covered by projects: the priority × project matrix, the budget behind
 * each priority, the high-weight priorities left without (enough) budget, and the projects serving none.
 * A project's total budget counts for every priority it serves, in full for a strong link and by the partial
 * factor for a partial one: this measures coverage, it does not split money between priorities.
 */
@Component
public class Coverage {

    /** What to look at: a country (its national priorities and those of its groupings), a grouping, a theme. */
    public record Filter(@Nullable String country, @Nullable String grouping, @Nullable String theme) {

        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    public record PriorityCoverage(long priorityId, String level, @Nullable String countryCode,
            @Nullable String groupingCode, String thematicAreaCode, String topTheme, String title, int rank,
            @Nullable BigDecimal weight, int projects, BigDecimal linkedBudget) {
    }

    public record Cell(long priorityId, long projectId, String projectIdentifier, String strength) {
    }

    public record Matrix(List<PriorityCoverage> priorities, Map<Long, String> projects, List<Cell> cells) {

        public @Nullable String strength(long priorityId, long projectId) {
            return cells.stream().filter(c -> c.priorityId() == priorityId && c.projectId() == projectId)
                .map(Cell::strength).findFirst().orElse(null);
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

    Coverage(JdbcClient jdbc, CurrentCycle currentCycle, AlignmentSettings settings) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.settings = settings;
    }

    public List<PriorityCoverage> priorities(Filter filter) {
        return jdbc.sql("""
                SELECT p.id, p.level, p.country_code, p.grouping_code, p.thematic_area_code,
                       COALESCE(ta.parent_code, ta.code) AS top_theme, p.title, p.priority_rank, p.weight,
                       COUNT(t.id) AS projects,
                       COALESCE(SUM(t.total_budget * CASE pp.strength WHEN 'STRONG' THEN :strong ELSE :partial END), 0)
                           AS linked_budget
                FROM priority p
                JOIN thematic_area ta ON ta.code = p.thematic_area_code
                LEFT JOIN project_priority pp ON pp.priority_id = p.id
                LEFT JOIN tc_project t ON t.id = pp.project_id AND t.status <> 'CANCELLED'
                WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                  AND (CAST(:country AS VARCHAR) IS NULL OR p.country_code = CAST(:country AS VARCHAR)
                       OR (p.level = 'SUB_REGIONAL' AND EXISTS (SELECT 1 FROM grouping_member gm
                             WHERE gm.grouping_code = p.grouping_code AND gm.country_code = CAST(:country AS VARCHAR)
                               AND gm.left_year IS NULL)))
                  AND (CAST(:grouping AS VARCHAR) IS NULL OR p.grouping_code = CAST(:grouping AS VARCHAR)
                       OR (p.level = 'NATIONAL' AND EXISTS (SELECT 1 FROM grouping_member gm
                             WHERE gm.grouping_code = CAST(:grouping AS VARCHAR) AND gm.country_code = p.country_code
                               AND gm.left_year IS NULL)))
                  AND (CAST(:theme AS VARCHAR) IS NULL OR p.thematic_area_code = CAST(:theme AS VARCHAR)
                       OR ta.parent_code = CAST(:theme AS VARCHAR))
                GROUP BY p.id, p.level, p.country_code, p.grouping_code, p.thematic_area_code, ta.parent_code, ta.code,
                         p.title, p.priority_rank, p.weight
                ORDER BY p.weight DESC NULLS LAST, p.level, p.country_code, p.grouping_code, p.priority_rank
                """)
            .param("strong", BigDecimal.valueOf(settings.strongLink()))
            .param("partial", BigDecimal.valueOf(settings.partialLink()))
            .param("cycle", currentCycle.id().orElse(-1L))
            .param("country", filter.country())
            .param("grouping", filter.grouping())
            .param("theme", filter.theme())
            .query((rs, n) -> new PriorityCoverage(rs.getLong("id"), rs.getString("level"),
                rs.getString("country_code"), rs.getString("grouping_code"), rs.getString("thematic_area_code"),
                rs.getString("top_theme"), rs.getString("title"), rs.getInt("priority_rank"),
                rs.getBigDecimal("weight"), rs.getInt("projects"),
                rs.getBigDecimal("linked_budget").setScale(2, java.math.RoundingMode.HALF_UP)))
            .list();
    }

    public Matrix matrix(Filter filter) {
        List<PriorityCoverage> priorities = priorities(filter);
        List<Cell> cells = new ArrayList<>();
        Map<Long, String> projects = new TreeMap<>();
        jdbc.sql("""
                SELECT pp.priority_id, t.id, t.identifier, pp.strength
                FROM project_priority pp
                JOIN tc_project t ON t.id = pp.project_id AND t.status <> 'CANCELLED'
                JOIN priority p ON p.id = pp.priority_id
                WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                ORDER BY t.identifier
                """)
            .param("cycle", currentCycle.id().orElse(-1L))
            .query((rs, n) -> new Cell(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
            .list().stream()
            .filter(c -> priorities.stream().anyMatch(p -> p.priorityId() == c.priorityId()))
            .forEach(c -> {
                cells.add(c);
                projects.put(c.projectId(), c.projectIdentifier());
            });
        return new Matrix(priorities, projects, cells);
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
        return jdbc.sql("""
                SELECT t.id, t.identifier, t.title_en, t.status, t.total_budget, t.currency,
                       (SELECT STRING_AGG(pc.country_code, ' ' ORDER BY pc.country_code) FROM project_country pc
                        WHERE pc.project_id = t.id) AS countries
                FROM tc_project t
                WHERE t.status <> 'CANCELLED'
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
                """)
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

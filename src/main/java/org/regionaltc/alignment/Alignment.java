package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The alignment score of projects and of the portfolio:
 * {@code score = 100 × (wP × P + wT × T + wE × E)}, where
 * P (priorities) is the share-weighted mean, over the recipient countries, of the best
 * {@code weight × link strength} among the linked priorities of the current cycle that concern the country
 * (its national priorities, those of its groupings, regional ones);
 * T (themes) is the fraction of linked priorities whose UNIDO thematic area is one of the project's (or, with no
 * link, 1 when the project has a thematic area at all);
 * E (endorsement) is the share of the project's countries, by percentage, that have endorsed it.
 */
@Service
public class Alignment {

    private record Part(String country, double share, double value, @Nullable String best, boolean endorsed) {
    }

    private record Themes(int links, int matching, int themes) {
    }

    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;

    Alignment(JdbcClient jdbc, CurrentCycle currentCycle, AlignmentSettings settings) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.settings = settings;
    }

    public AlignmentScore ofProject(long projectId) {
        return scores(projectId).getOrDefault(projectId, new AlignmentScore(projectId, 0, List.of(), List.of()));
    }

    /** The scores of all projects that are not cancelled, keyed by project id. */
    public Map<Long, AlignmentScore> ofAllProjects() {
        return scores(null);
    }

    /** The portfolio's score: the mean of its projects' scores, weighted by their total budgets. */
    public Portfolio portfolio() {
        Map<Long, AlignmentScore> scores = ofAllProjects();
        Map<Long, BigDecimal> budgets = new HashMap<>();
        jdbc.sql("SELECT id, total_budget FROM tc_project WHERE status <> 'CANCELLED'")
            .query((rs, n) -> budgets.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        double weighted = 0;
        double budget = 0;
        double plain = 0;
        for (AlignmentScore s : scores.values()) {
            double b = budgets.getOrDefault(s.projectId(), BigDecimal.ZERO).doubleValue();
            weighted += s.score() * b;
            budget += b;
            plain += s.score();
        }
        int count = scores.size();
        double mean = count == 0 ? 0 : plain / count;
        return new Portfolio(budget > 0 ? weighted / budget : mean, mean, count,
            currentCycle.title().orElse(null), settings);
    }

    /** The portfolio's score, its simple mean, how many projects count, and the weights used. */
    public record Portfolio(double budgetWeightedScore, double meanScore, int projects, @Nullable String cycle,
            AlignmentSettings settings) {
    }

    private Map<Long, AlignmentScore> scores(@Nullable Long projectId) {
        long cycle = currentCycle.id().orElse(-1L);
        Map<Long, List<Part>> parts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT pc.project_id, pc.country_code, pc.percentage,
                       MAX(CASE WHEN p.id IS NULL THEN 0 ELSE COALESCE(p.weight, :unweighted)
                           * CASE pp.strength WHEN 'STRONG' THEN :strong ELSE :partial END END) AS best,
                       MAX(CASE WHEN pe.country_code IS NULL THEN 0 ELSE 1 END) AS endorsed
                FROM project_country pc
                JOIN tc_project t ON t.id = pc.project_id AND t.status <> 'CANCELLED'
                LEFT JOIN project_endorsement pe ON pe.project_id = pc.project_id AND pe.country_code = pc.country_code
                LEFT JOIN project_priority pp ON pp.project_id = pc.project_id
                LEFT JOIN priority p ON p.id = pp.priority_id AND p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                     AND (p.level = 'REGIONAL'
                          OR (p.level = 'NATIONAL' AND p.country_code = pc.country_code)
                          OR (p.level = 'SUB_REGIONAL' AND EXISTS (
                                SELECT 1 FROM grouping_member gm
                                WHERE gm.grouping_code = p.grouping_code AND gm.country_code = pc.country_code
                                  AND gm.left_year IS NULL)))
                WHERE (CAST(:project AS BIGINT) IS NULL OR pc.project_id = CAST(:project AS BIGINT))
                GROUP BY pc.project_id, pc.country_code, pc.percentage
                ORDER BY pc.project_id, pc.percentage DESC, pc.country_code
                """)
            .param("unweighted", settings.unweightedPriority())
            .param("strong", settings.strongLink())
            .param("partial", settings.partialLink())
            .param("cycle", cycle)
            .param("project", projectId)
            .query((rs, n) -> parts.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                .add(new Part(rs.getString("country_code"), rs.getDouble("percentage"), rs.getDouble("best"), null,
                    rs.getInt("endorsed") == 1)))
            .list();
        Map<Long, Themes> themes = themes(cycle, projectId);
        Map<Long, AlignmentScore> scores = new LinkedHashMap<>();
        parts.forEach((id, countries) -> scores.put(id, score(id,
            projectId == null ? countries : withBestPriorities(id, cycle, countries),
            themes.getOrDefault(id, new Themes(0, 0, 0)))));
        return scores;
    }

    AlignmentScore score(long projectId, List<Part> countries, Themes themes) {
        double shares = countries.stream().mapToDouble(Part::share).sum();
        double p = shares == 0 ? 0 : countries.stream().mapToDouble(c -> c.share() * c.value()).sum() / shares;
        double e = shares == 0 ? 0 : countries.stream().filter(Part::endorsed).mapToDouble(Part::share).sum() / shares;
        double t = themes.links() > 0 ? (double) themes.matching() / themes.links() : themes.themes() > 0 ? 1 : 0;
        List<AlignmentScore.Component> components = List.of(
            component("priorities", p, settings.priorityWeight(), countries.stream()
                .map(c -> "%s %s%%: %s".formatted(c.country(), pct(c.share()), c.value() == 0 ? "no linked priority"
                    : format(c.value()) + (c.best() == null ? "" : " (" + c.best() + ")")))
                .reduce((a, b) -> a + "; " + b).orElse("no recipient country")),
            component("themes", t, settings.themeWeight(), themes.links() > 0
                ? themes.matching() + " of " + themes.links() + " linked priorities are in the project's thematic areas"
                : themes.themes() > 0 ? "no linked priority; the project has a UNIDO thematic area"
                : "no linked priority and no thematic area"),
            component("endorsement", e, settings.endorsementWeight(), countries.stream()
                .map(c -> c.country() + (c.endorsed() ? " endorsed" : " not yet"))
                .reduce((a, b) -> a + ", " + b).orElse("")));
        double score = components.stream().mapToDouble(AlignmentScore.Component::points).sum();
        return new AlignmentScore(projectId, score, components, countries.stream()
            .map(c -> new AlignmentScore.CountryPart(c.country(), c.share(), c.value(), c.best(), c.endorsed()))
            .toList());
    }

    private static AlignmentScore.Component component(String name, double value, double weight, String explanation) {
        return new AlignmentScore.Component(name, value, weight, 100 * weight * value, explanation);
    }

    private Map<Long, Themes> themes(long cycle, @Nullable Long projectId) {
        Map<Long, Themes> themes = new HashMap<>();
        jdbc.sql("""
                SELECT t.id,
                       (SELECT COUNT(*) FROM project_theme pt WHERE pt.project_id = t.id) AS themes,
                       COUNT(p.id) AS links,
                       SUM(CASE WHEN p.id IS NOT NULL AND EXISTS (
                               SELECT 1 FROM project_theme pt
                               JOIN thematic_area ta ON ta.code = pt.thematic_area_code
                               JOIN thematic_area pa ON pa.code = p.thematic_area_code
                               WHERE pt.project_id = t.id
                                 AND COALESCE(ta.parent_code, ta.code) = COALESCE(pa.parent_code, pa.code))
                           THEN 1 ELSE 0 END) AS matching
                FROM tc_project t
                LEFT JOIN project_priority pp ON pp.project_id = t.id
                LEFT JOIN priority p ON p.id = pp.priority_id AND p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                WHERE t.status <> 'CANCELLED'
                  AND (CAST(:project AS BIGINT) IS NULL OR t.id = CAST(:project AS BIGINT))
                GROUP BY t.id
                """)
            .param("cycle", cycle)
            .param("project", projectId)
            .query((rs, n) -> themes.put(rs.getLong("id"),
                new Themes(rs.getInt("links"), rs.getInt("matching"), rs.getInt("themes"))))
            .list();
        return themes;
    }

    /** For one project's explanation: which linked priority gives each country its value. */
    private List<Part> withBestPriorities(long projectId, long cycle, List<Part> countries) {
        List<Part> named = new ArrayList<>();
        for (Part part : countries) {
            String best = jdbc.sql("""
                    SELECT p.title, p.level, p.country_code, p.grouping_code, p.priority_rank,
                           COALESCE(p.weight, :unweighted)
                           * CASE pp.strength WHEN 'STRONG' THEN :strong ELSE :partial END AS link_value
                    FROM project_priority pp JOIN priority p ON p.id = pp.priority_id
                    WHERE pp.project_id = :project AND p.cycle_id = :cycle AND p.status = 'SUBMITTED'
                      AND (p.level = 'REGIONAL'
                           OR (p.level = 'NATIONAL' AND p.country_code = :country)
                           OR (p.level = 'SUB_REGIONAL' AND EXISTS (
                                 SELECT 1 FROM grouping_member gm WHERE gm.grouping_code = p.grouping_code
                                   AND gm.country_code = :country AND gm.left_year IS NULL)))
                    ORDER BY link_value DESC, p.id LIMIT 1
                    """)
                .param("unweighted", settings.unweightedPriority())
                .param("strong", settings.strongLink())
                .param("partial", settings.partialLink())
                .param("project", projectId).param("cycle", cycle).param("country", part.country())
                .query((rs, n) -> labelOf(rs.getString("level"), rs.getString("country_code"),
                    rs.getString("grouping_code"), rs.getInt("priority_rank"), rs.getString("title")))
                .optional().orElse(null);
            named.add(new Part(part.country(), part.share(), part.value(), best, part.endorsed()));
        }
        return named;
    }

    private static String labelOf(String level, @Nullable String country, @Nullable String grouping, int rank,
            String title) {
        String where = "NATIONAL".equals(level) ? country : "SUB_REGIONAL".equals(level) ? grouping : "regional";
        return where + " priority #" + rank + " “" + title + "”";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pct(double share) {
        return BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
    }
}

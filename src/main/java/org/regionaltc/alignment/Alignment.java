package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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

        double value() {
            return links > 0 ? (double) matching / links : themes > 0 ? 1 : 0;
        }
    }

    /** Per project and recipient country: the best weight × strength among linked current-cycle priorities
     * that concern the country (its own, its groupings', regional ones). */
    private static final String BEST = """
            SELECT bc.project_id, bc.country_code,
                   MAX(r.weight * CASE pp.strength WHEN 'STRONG' THEN :strong ELSE :partial END) AS best
            FROM project_priority pp
            JOIN project_country bc ON bc.project_id = pp.project_id
            JOIN (SELECT p.id AS priority_id, c.code AS country_code, COALESCE(p.weight, :unweighted) AS weight
                  FROM priority p
                  JOIN country c ON (p.level = 'NATIONAL' AND c.code = p.country_code)
                      OR p.level = 'REGIONAL'
                      OR (p.level = 'SUB_REGIONAL' AND EXISTS (SELECT 1 FROM grouping_member gm
                            WHERE gm.grouping_code = p.grouping_code AND gm.country_code = c.code
                              AND gm.left_year IS NULL))
                  WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED') r
                 ON r.priority_id = pp.priority_id AND r.country_code = bc.country_code
            GROUP BY bc.project_id, bc.country_code
            """;

    /** Per project: its links to current-cycle priorities, and how many share a top-level theme with it. */
    private static final String LINKS = """
            SELECT pp.project_id, COUNT(*) AS links, COUNT(pt.project_id) AS matching
            FROM project_priority pp
            JOIN priority p ON p.id = pp.priority_id AND p.cycle_id = :cycle AND p.status = 'SUBMITTED'
            JOIN thematic_area pa ON pa.code = p.thematic_area_code
            LEFT JOIN (SELECT DISTINCT tt.project_id, COALESCE(ta.parent_code, ta.code) AS top
                       FROM project_theme tt JOIN thematic_area ta ON ta.code = tt.thematic_area_code) pt
                 ON pt.project_id = pp.project_id AND pt.top = COALESCE(pa.parent_code, pa.code)
            GROUP BY pp.project_id
            """;

    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;
    private final AlignmentCache cache;

    Alignment(JdbcClient jdbc, CurrentCycle currentCycle, AlignmentSettings settings, AlignmentCache cache) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.settings = settings;
        this.cache = cache;
    }

    public AlignmentScore ofProject(long projectId) {
        long cycle = currentCycle.id().orElse(-1L);
        List<Part> parts = parts(cycle, projectId);
        if (parts.isEmpty()) {
            return new AlignmentScore(projectId, 0, List.of(), List.of());
        }
        return score(projectId, withBestPriorities(projectId, cycle, parts), themes(cycle, projectId));
    }

    /** The scores, 0–100, of all projects that are not cancelled, keyed by project id. */
    public Map<Long, Double> ofAllProjects() {
        return cache.get("scores", this::computeAllProjects);
    }

    private Map<Long, Double> computeAllProjects() {
        Map<Long, Double> scores = new HashMap<>();
        scoresQuery("SELECT s.id, s.score FROM (" + PROJECT_SCORES + ") s")
            .query((rs, n) -> scores.put(rs.getLong(1), rs.getDouble(2))).list();
        return scores;
    }

    /** The portfolio's score: the mean of its projects' scores, weighted by their total budgets. */
    public Portfolio portfolio() {
        return cache.get("portfolio", this::computePortfolio);
    }

    private Portfolio computePortfolio() {
        return scoresQuery("""
                SELECT COUNT(*) AS projects, AVG(s.score) AS mean,
                       SUM(s.score * s.budget) / NULLIF(SUM(s.budget), 0) AS weighted
                FROM (""" + PROJECT_SCORES + ") s")
            .query((rs, n) -> {
                double mean = rs.getDouble("mean");
                double weighted = rs.getDouble("weighted");
                return new Portfolio(rs.wasNull() ? mean : weighted, mean, rs.getInt("projects"),
                    currentCycle.title().orElse(null), settings);
            })
            .single();
    }

    /**
     * Every project's score computed in the database, the same formula as {@link #ofProject}: for the list and
     * the portfolio, where no explanation is needed and 20,000 projects must take well under a second.
     * Derived tables rather than WITH: H2 2.4 reuses a parameterised CTE's rows across executions.
     */
    private static final String PROJECT_SCORES = """
            SELECT t.id, CAST(t.total_budget AS DOUBLE PRECISION) AS budget,
                   100 * (:wp * COALESCE(pe.p, 0)
                          + :wt * CASE WHEN l.links > 0 THEN CAST(l.matching AS DOUBLE PRECISION) / l.links
                                       WHEN c.themes > 0 THEN 1 ELSE 0 END
                          + :we * COALESCE(pe.e, 0)) AS score
            FROM tc_project t
            JOIN (
                SELECT pc.project_id,
                       SUM(CAST(pc.percentage AS DOUBLE PRECISION) * COALESCE(b.best, 0))
                           / SUM(CAST(pc.percentage AS DOUBLE PRECISION)) AS p,
                       SUM(CASE WHEN en.country_code IS NULL THEN 0 ELSE CAST(pc.percentage AS DOUBLE PRECISION) END)
                           / SUM(CAST(pc.percentage AS DOUBLE PRECISION)) AS e
                FROM project_country pc
                LEFT JOIN (""" + BEST + """
                    ) b ON b.project_id = pc.project_id AND b.country_code = pc.country_code
                LEFT JOIN project_endorsement en ON en.project_id = pc.project_id AND en.country_code = pc.country_code
                GROUP BY pc.project_id) pe ON pe.project_id = t.id
            LEFT JOIN (""" + LINKS + """
                ) l ON l.project_id = t.id
            LEFT JOIN (SELECT project_id, COUNT(*) AS themes FROM project_theme GROUP BY project_id) c
                 ON c.project_id = t.id
            WHERE t.status <> 'CANCELLED'
            """;

    private org.springframework.jdbc.core.simple.JdbcClient.StatementSpec scoresQuery(String sql) {
        return jdbc.sql(sql)
            .param("wp", settings.priorityWeight())
            .param("wt", settings.themeWeight())
            .param("we", settings.endorsementWeight())
            .param("unweighted", settings.unweightedPriority())
            .param("strong", settings.strongLink())
            .param("partial", settings.partialLink())
            .param("cycle", currentCycle.id().orElse(-1L));
    }

    /** The portfolio's score, its simple mean, how many projects count, and the weights used. */
    public record Portfolio(double budgetWeightedScore, double meanScore, int projects, @Nullable String cycle,
            AlignmentSettings settings) {
    }

    /**
     * For each project (or one), each recipient country with its share, whether it endorsed, and the best
     * {@code weight × strength} among the linked current-cycle priorities that concern it. The priorities
     * concerning each country are worked out once ({@code relevant}), so every join is a plain equality.
     */
    private List<Part> parts(long cycle, long projectId) {
        return jdbc.sql("""
                SELECT pc.country_code, pc.percentage, COALESCE(b.best, 0) AS best,
                       CASE WHEN pe.country_code IS NULL THEN 0 ELSE 1 END AS endorsed
                FROM project_country pc
                JOIN tc_project t ON t.id = pc.project_id AND t.status <> 'CANCELLED'
                LEFT JOIN (""" + BEST + """
                    ) b ON b.project_id = pc.project_id AND b.country_code = pc.country_code
                LEFT JOIN project_endorsement pe ON pe.project_id = pc.project_id AND pe.country_code = pc.country_code
                WHERE pc.project_id = :project
                ORDER BY pc.percentage DESC, pc.country_code
                """)
            .param("unweighted", settings.unweightedPriority())
            .param("strong", settings.strongLink())
            .param("partial", settings.partialLink())
            .param("cycle", cycle)
            .param("project", projectId)
            .query((rs, n) -> new Part(rs.getString("country_code"), rs.getDouble("percentage"), rs.getDouble("best"),
                null, rs.getInt("endorsed") == 1))
            .list();
    }


    AlignmentScore score(long projectId, List<Part> countries, Themes themes) {
        double shares = countries.stream().mapToDouble(Part::share).sum();
        double p = shares == 0 ? 0 : countries.stream().mapToDouble(c -> c.share() * c.value()).sum() / shares;
        double e = shares == 0 ? 0 : countries.stream().filter(Part::endorsed).mapToDouble(Part::share).sum() / shares;
        double t = themes.value();
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

    /** Per project: how many current-cycle priorities it links, how many share a top-level theme with it, and
     * how many thematic areas it has. */
    private Themes themes(long cycle, long projectId) {
        return jdbc.sql("""
                SELECT COALESCE(l.links, 0) AS links, COALESCE(l.matching, 0) AS matching,
                       (SELECT COUNT(*) FROM project_theme pt WHERE pt.project_id = t.id) AS themes
                FROM tc_project t
                LEFT JOIN (""" + LINKS + """
                    ) l ON l.project_id = t.id
                WHERE t.id = :project
                """)
            .param("cycle", cycle)
            .param("project", projectId)
            .query((rs, n) -> new Themes(rs.getInt("links"), rs.getInt("matching"), rs.getInt("themes")))
            .optional().orElse(new Themes(0, 0, 0));
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

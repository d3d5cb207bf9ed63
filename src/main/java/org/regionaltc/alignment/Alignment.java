package org.regionaltc.alignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.CurrentCycle.Priority;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alignment score of projects and of the portfolio:
 * {@code score = 100 × (wP × P + wT × T + wE × E)}, where
 * P (priorities) is the share-weighted mean, over the recipient countries, of the best
 * {@code weight × link strength} among the linked priorities of the current cycle that concern the country
 * (its national priorities, those of its groupings, regional ones);
 * T (themes) is the fraction of linked priorities whose UNIDO thematic area is one of the project's (or, with no
 * link, 1 when the project has a thematic area at all);
 * E (endorsement) is the share of the project's countries, by percentage, that have endorsed it.
 * <p>
 * The formula is written once, here in Java, over inputs read with plain queries: the same code explains one
 * project's score and computes all 20,000 of a large portfolio (joining every link with every recipient country
 * in SQL took longer than reading the rows). On PostgreSQL every project's score is kept in project_alignment and
 * recomputed only for the projects that changed (see {@link #refreshKeptScores}).
 */
@Service
public class Alignment {

    /** Above this many changed projects, recomputing them all at once is quicker than one by one. */
    private static final int INCREMENTAL_LIMIT = 500;

    private static final Pattern ONLY = Pattern.compile("\\{(where|and) ([a-z_.]+)}");

    /** The current cycle's priorities by id, and the countries that belong to each grouping now. */
    private record Cycle(Map<Long, Priority> priorities, Map<String, Set<String>> members) {
    }

    private record Link(long priorityId, boolean strong) {
    }

    private record Share(String country, double percentage) {
    }

    /** What one project's score is made of, read from its rows. */
    private static final class Inputs {
        final long id;
        final double budget;
        final List<Share> countries = new ArrayList<>(3);
        final Set<String> topThemes = new HashSet<>(4);
        final Set<String> endorsed = new HashSet<>(4);
        final List<Link> links = new ArrayList<>(5);
        int themes;

        Inputs(long id, double budget) {
            this.id = id;
            this.budget = budget;
        }
    }

    private record Part(String country, double share, double value, @Nullable Priority best, boolean endorsed) {
    }

    private record Themes(int links, int matching, int themes) {

        double value() {
            return links > 0 ? (double) matching / links : themes > 0 ? 1 : 0;
        }
    }

    /** A project's score and budget, the rows the portfolio is made of. */
    private record ProjectScore(long projectId, double budget, double score) {
    }

    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;
    private final AlignmentCache cache;
    private final TransactionTemplate ownTransaction;

    Alignment(JdbcClient jdbc, CurrentCycle currentCycle, AlignmentSettings settings, AlignmentCache cache,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.settings = settings;
        this.cache = cache;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One project's score with its explanation; 0 with none for a cancelled or unknown project. */
    public AlignmentScore ofProject(long projectId) {
        long cycleId = currentCycle.id().orElse(-1L);
        Inputs project = inputs(cycleId, List.of(projectId)).get(projectId);
        if (project == null || project.countries.isEmpty()) {
            return new AlignmentScore(projectId, 0, List.of(), List.of());
        }
        Cycle cycle = cycle(cycleId);
        return explained(project.id, parts(project, cycle), themes(project, cycle));
    }

    /** The scores, 0–100, of all projects that are not cancelled, keyed by project id. */
    public Map<Long, Double> ofAllProjects() {
        return cache.get("score by project", () -> {
            Map<Long, Double> scores = new HashMap<>();
            scores().forEach(s -> scores.put(s.projectId(), s.score()));
            return scores;
        });
    }

    /** The whole portfolio's score, as the secretariat sees it. */
    public Portfolio portfolio() {
        return portfolio(ProjectVisibility.everything());
    }

    /**
     * The score of the projects a viewer may see: the mean of their scores, weighted by their total budgets. The
     * scores are computed (or kept) once for all projects; a viewer's portfolio only leaves out the others.
     */
    public Portfolio portfolio(ProjectVisibility visibility) {
        if (visibility.all()) {
            return cache.get("portfolio", () -> portfolioOf(scores(), visibility.scope()));
        }
        Set<Long> visible = cache.get("visible " + visibility.key(), () -> visibility.bind(
                jdbc.sql("SELECT t.id FROM tc_project t WHERE 1 = 1" + visibility.and("t")))
            .query(Long.class).set());
        return portfolioOf(scores().stream().filter(s -> visible.contains(s.projectId())).toList(), visibility.scope());
    }

    private Portfolio portfolioOf(List<ProjectScore> scores, ProjectVisibility.Scope over) {
        double sum = 0;
        double weighted = 0;
        double budgets = 0;
        for (ProjectScore s : scores) {
            sum += s.score();
            weighted += s.score() * s.budget();
            budgets += s.budget();
        }
        double mean = scores.isEmpty() ? 0 : sum / scores.size();
        return new Portfolio(budgets > 0 ? weighted / budgets : mean, mean, scores.size(), over,
            currentCycle.title().orElse(null), settings);
    }

    /**
     * The portfolio's score, its simple mean, how many projects count, which projects they are (all of them for the
     * secretariat, else those the viewer may see), and the weights used.
     */
    public record Portfolio(double budgetWeightedScore, double meanScore, int projects, ProjectVisibility.Scope over,
            @Nullable String cycle, AlignmentSettings settings) {
    }

    /** Every scored project: on PostgreSQL the kept scores, brought up to date first; on H2 computed afresh. */
    private List<ProjectScore> scores() {
        return cache.get("scores", () -> {
            if (!cache.keptInDatabase()) {
                return compute(currentCycle.id().orElse(-1L), null);
            }
            return ownTransaction.execute(status -> refreshKeptScores().orElseGet(() ->
                jdbc.sql("SELECT project_id, budget, score FROM project_alignment")
                    .query((rs, n) -> new ProjectScore(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)))
                    .list()));
        });
    }

    /**
     * Brings project_alignment up to date with the changes the triggers of db/vendor/postgresql/V056_1 wrote
     * down: recomputes the projects that changed, or all of them when a priority of an endorsed cycle, a grouping,
     * the thematic areas, the current cycle or the settings changed. Refreshes take turns on alignment_basis;
     * a change committed while one runs leaves its own row, and so is taken up by the next refresh. Returns every
     * score when it recomputed them all, none otherwise.
     */
    private Optional<List<ProjectScore>> refreshKeptScores() {
        long cycleId = currentCycle.id().orElse(-1L);
        String basis = "cycle %d, weights %s/%s/%s, links %s/%s, unweighted %s".formatted(cycleId,
            settings.priorityWeight(), settings.themeWeight(), settings.endorsementWeight(), settings.strongLink(),
            settings.partialLink(), settings.unweightedPriority());
        String kept = jdbc.sql("SELECT COALESCE(basis, '') FROM alignment_basis WHERE id = 1 FOR UPDATE")
            .query(String.class).single();
        List<Optional<Long>> changes = jdbc.sql("DELETE FROM alignment_change RETURNING project_id")
            .query((rs, n) -> {
                long id = rs.getLong(1);
                return rs.wasNull() ? Optional.<Long>empty() : Optional.of(id);
            })
            .list();
        Set<Long> changed = new HashSet<>();
        boolean all = !basis.equals(kept);
        for (Optional<Long> change : changes) {
            all |= change.isEmpty();
            change.ifPresent(changed::add);
        }
        if (all || changed.size() > INCREMENTAL_LIMIT) {
            List<ProjectScore> scores = compute(cycleId, null);
            // TRUNCATE rather than DELETE: no 20,000 dead rows left behind by each full recompute. Only refreshes,
            // which take turns on alignment_basis, write the table.
            jdbc.sql("TRUNCATE project_alignment").update();
            keep(scores);
            jdbc.sql("UPDATE alignment_basis SET basis = :basis WHERE id = 1").param("basis", basis).update();
            return Optional.of(scores);
        }
        if (!changed.isEmpty()) {
            List<ProjectScore> scores = compute(cycleId, changed);
            jdbc.sql("DELETE FROM project_alignment WHERE project_id IN (:projects)").param("projects", changed)
                .update();
            keep(scores);
        }
        return Optional.empty();
    }

    /** Writes scores in one statement, whatever their number (PostgreSQL). */
    private void keep(List<ProjectScore> scores) {
        long[] ids = new long[scores.size()];
        double[] budgets = new double[scores.size()];
        double[] values = new double[scores.size()];
        for (int i = 0; i < scores.size(); i++) {
            ids[i] = scores.get(i).projectId();
            budgets[i] = scores.get(i).budget();
            values[i] = scores.get(i).score();
        }
        jdbc.sql("""
                INSERT INTO project_alignment (project_id, budget, score)
                SELECT * FROM UNNEST(CAST(:ids AS BIGINT[]), CAST(:budgets AS DOUBLE PRECISION[]),
                                     CAST(:scores AS DOUBLE PRECISION[]))""")
            .param("ids", ids).param("budgets", budgets).param("scores", values)
            .update();
    }

    /** The scores of the projects given, or of all, that are not cancelled and have a recipient country. */
    private List<ProjectScore> compute(long cycleId, @Nullable Collection<Long> only) {
        Cycle cycle = cycle(cycleId);
        List<ProjectScore> scores = new ArrayList<>();
        for (Inputs project : inputs(cycleId, only).values()) {
            if (!project.countries.isEmpty()) {
                scores.add(new ProjectScore(project.id, project.budget,
                    score(parts(project, cycle), themes(project, cycle))));
            }
        }
        return scores;
    }

    private Cycle cycle(long cycleId) {
        Map<Long, Priority> priorities = new HashMap<>();
        currentCycle.prioritiesOf(cycleId).forEach(p -> priorities.put(p.id(), p));
        return new Cycle(priorities, currentCycle.groupingMembers());
    }

    /** A priority's weight, or the configured one while it is not consolidated. */
    private double weight(Priority priority) {
        return priority.weight() == null ? settings.unweightedPriority() : priority.weight().doubleValue();
    }

    /** How the explanation names a priority: "PE priority #1 “title”". */
    private static String label(Priority p) {
        String where = "NATIONAL".equals(p.level()) ? p.countryCode()
            : "SUB_REGIONAL".equals(p.level()) ? p.groupingCode() : "regional";
        return where + " priority #" + p.rank() + " “" + p.title() + "”";
    }

    /**
     * The inputs of the projects given (or of all) that are not cancelled, one plain query per table;
     * {@code {where column}} and {@code {and column}} mark where {@link #scoped} restricts a query to them.
     */
    private Map<Long, Inputs> inputs(long cycleId, @Nullable Collection<Long> only) {
        Map<Long, Inputs> projects = new HashMap<>();
        scoped("SELECT id, total_budget FROM tc_project WHERE status <> 'CANCELLED' {and id}", only)
            .query(rs -> {
                projects.put(rs.getLong(1), new Inputs(rs.getLong(1), rs.getDouble(2)));
            });
        scoped("SELECT project_id, country_code, percentage FROM project_country {where project_id}", only)
            .query(rs -> {
                Inputs project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.countries.add(new Share(rs.getString(2), rs.getDouble(3)));
                }
            });
        scoped("""
                SELECT pt.project_id, COALESCE(ta.parent_code, ta.code)
                FROM project_theme pt JOIN thematic_area ta ON ta.code = pt.thematic_area_code
                {where pt.project_id}""", only)
            .query(rs -> {
                Inputs project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.topThemes.add(rs.getString(2));
                    project.themes++;
                }
            });
        scoped("SELECT project_id, country_code FROM project_endorsement {where project_id}", only)
            .query(rs -> {
                Inputs project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.endorsed.add(rs.getString(2));
                }
            });
        scoped("""
                SELECT pp.project_id, pp.priority_id, pp.strength
                FROM project_priority pp JOIN priority p ON p.id = pp.priority_id
                WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED' {and pp.project_id}""", only)
            .param("cycle", cycleId)
            .query(rs -> {
                Inputs project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.links.add(new Link(rs.getLong(2), "STRONG".equals(rs.getString(3))));
                }
            });
        return projects;
    }

    /** A query for the projects given only, bound to {@code :projects}, or for all. */
    private JdbcClient.StatementSpec scoped(String sql, @Nullable Collection<Long> only) {
        JdbcClient.StatementSpec query = jdbc.sql(ONLY.matcher(sql).replaceAll(m -> only == null ? ""
            : m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2) + " IN (:projects)"));
        return only == null ? query : query.param("projects", only);
    }

    /**
     * Each recipient country, largest share first, with whether it endorsed and the best
     * {@code weight × strength} among the linked priorities that concern it (the lowest id among equals).
     */
    private List<Part> parts(Inputs project, Cycle cycle) {
        List<Part> parts = new ArrayList<>(project.countries.size());
        for (Share share : project.countries) {
            double best = 0;
            Priority bestPriority = null;
            for (Link link : project.links) {
                Priority priority = cycle.priorities().get(link.priorityId());
                if (priority == null || !priority.concerns(share.country(), cycle.members())) {
                    continue;
                }
                double value = weight(priority) * (link.strong() ? settings.strongLink() : settings.partialLink());
                if (bestPriority == null || value > best || value == best && priority.id() < bestPriority.id()) {
                    best = value;
                    bestPriority = priority;
                }
            }
            parts.add(new Part(share.country(), share.percentage(), best, bestPriority,
                project.endorsed.contains(share.country())));
        }
        parts.sort(Comparator.comparingDouble(Part::share).reversed().thenComparing(Part::country));
        return parts;
    }

    private Themes themes(Inputs project, Cycle cycle) {
        int links = 0;
        int matching = 0;
        for (Link link : project.links) {
            Priority priority = cycle.priorities().get(link.priorityId());
            if (priority != null) {
                links++;
                if (project.topThemes.contains(priority.topTheme())) {
                    matching++;
                }
            }
        }
        return new Themes(links, matching, project.themes);
    }

    private double score(List<Part> countries, Themes themes) {
        return 100 * (settings.priorityWeight() * priorities(countries) + settings.themeWeight() * themes.value()
            + settings.endorsementWeight() * endorsement(countries));
    }

    private static double priorities(List<Part> countries) {
        double shares = countries.stream().mapToDouble(Part::share).sum();
        return shares == 0 ? 0 : countries.stream().mapToDouble(c -> c.share() * c.value()).sum() / shares;
    }

    private static double endorsement(List<Part> countries) {
        double shares = countries.stream().mapToDouble(Part::share).sum();
        return shares == 0 ? 0 : countries.stream().filter(Part::endorsed).mapToDouble(Part::share).sum() / shares;
    }

    private AlignmentScore explained(long projectId, List<Part> countries, Themes themes) {
        List<AlignmentScore.Component> components = List.of(
            component("priorities", priorities(countries), settings.priorityWeight(), countries.stream()
                .map(c -> "%s %s%%: %s".formatted(c.country(), pct(c.share()), c.value() == 0 ? "no linked priority"
                    : format(c.value()) + (c.best() == null ? "" : " (" + label(c.best()) + ")")))
                .reduce((a, b) -> a + "; " + b).orElse("no recipient country")),
            component("themes", themes.value(), settings.themeWeight(), themes.links() > 0
                ? themes.matching() + " of " + themes.links() + " linked priorities are in the project's thematic areas"
                : themes.themes() > 0 ? "no linked priority; the project has a UNIDO thematic area"
                : "no linked priority and no thematic area"),
            component("endorsement", endorsement(countries), settings.endorsementWeight(), countries.stream()
                .map(c -> c.country() + (c.endorsed() ? " endorsed" : " not yet"))
                .reduce((a, b) -> a + ", " + b).orElse("")));
        return new AlignmentScore(projectId, score(countries, themes), components, countries.stream()
            .map(c -> new AlignmentScore.CountryPart(c.country(), c.share(), c.value(),
                c.best() == null ? null : label(c.best()), c.endorsed()))
            .toList());
    }

    private static AlignmentScore.Component component(String name, double value, double weight, String explanation) {
        return new AlignmentScore.Component(name, value, weight, 100 * weight * value, explanation);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pct(double share) {
        return BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
    }
}

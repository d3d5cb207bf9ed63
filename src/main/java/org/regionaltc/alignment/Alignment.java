package org.regionaltc.alignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.AlignmentFormula.Project;
import org.regionaltc.alignment.AlignmentFormula.ProjectScore;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.stereotype.Service;

/**
 * The alignment score of projects and of the portfolio, as other features ask for it. The score itself is
 * {@link AlignmentFormula}, over inputs read by {@link AlignmentInputs}: the same code explains one project's score
 * and computes all 20,000 of a large portfolio. On PostgreSQL every project's score is kept in project_alignment and
 * recomputed only for the projects that changed ({@link KeptScores}); results are reused while their inputs have not
 * changed ({@link AlignmentCache}).
 */
@Service
public class Alignment {

    private final AlignmentInputs inputs;
    private final KeptScores keptScores;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;
    private final AlignmentCache cache;

    Alignment(AlignmentInputs inputs, KeptScores keptScores, CurrentCycle currentCycle, AlignmentSettings settings,
            AlignmentCache cache) {
        this.inputs = inputs;
        this.keptScores = keptScores;
        this.currentCycle = currentCycle;
        this.settings = settings;
        this.cache = cache;
    }

    /** One project's score with its explanation; 0 with none for a cancelled or unknown project. */
    public AlignmentScore ofProject(long projectId) {
        long cycleId = currentCycle.id().orElse(-1L);
        Project project = inputs.projects(cycleId, List.of(projectId)).get(projectId);
        if (project == null) {
            return AlignmentExplanation.unscored(projectId);
        }
        return formula().score(project, inputs.cycle(cycleId)).map(AlignmentExplanation::of)
            .orElseGet(() -> AlignmentExplanation.unscored(projectId));
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
        Set<Long> visible = cache.get("visible " + visibility.key(), () -> inputs.visibleProjects(visibility));
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

    /**
     * Every scored project: on PostgreSQL the kept scores, brought up to date first; on H2 computed afresh. Inside
     * an open transaction also afresh: the refresh runs in a transaction of its own, which would wait for the rows
     * this one's changes locked (a self-deadlock) and could not see those changes anyway.
     */
    private List<ProjectScore> scores() {
        return cache.get("scores", () -> {
            if (cache.keptInDatabase()
                    && !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
                return keptScores.all();
            }
            long cycleId = currentCycle.id().orElse(-1L);
            return formula().scores(inputs.projects(cycleId, null).values(), inputs.cycle(cycleId));
        });
    }

    private AlignmentFormula formula() {
        return new AlignmentFormula(settings.weights());
    }
}

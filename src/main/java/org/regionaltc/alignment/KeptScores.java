package org.regionaltc.alignment;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.AlignmentFormula.ProjectScore;
import org.regionaltc.cycle.CurrentCycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every project's score kept in project_alignment (PostgreSQL only, see {@link AlignmentCache#keptInDatabase}),
 * recomputed only for the projects that changed.
 */
@Component
class KeptScores {

    /** Above this many changed projects, recomputing them all at once is quicker than one by one. */
    private static final int INCREMENTAL_LIMIT = 500;

    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;
    private final AlignmentSettings settings;
    private final AlignmentInputs inputs;
    private final TransactionTemplate ownTransaction;

    KeptScores(JdbcClient jdbc, CurrentCycle currentCycle, AlignmentSettings settings, AlignmentInputs inputs,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
        this.settings = settings;
        this.inputs = inputs;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every kept score, brought up to date first. */
    List<ProjectScore> all() {
        return ownTransaction.execute(status -> refresh().orElseGet(() ->
            jdbc.sql("SELECT project_id, budget, score FROM project_alignment")
                .query((rs, n) -> new ProjectScore(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)))
                .list()));
    }

    /**
     * Brings project_alignment up to date with the changes the triggers of db/vendor/postgresql/V056_1 wrote
     * down: recomputes the projects that changed, or all of them when a priority of an endorsed cycle, a grouping,
     * the thematic areas, the current cycle or the settings changed. Refreshes take turns on alignment_basis;
     * a change committed while one runs leaves its own row, and so is taken up by the next refresh. Returns every
     * score when it recomputed them all, none otherwise.
     */
    private Optional<List<ProjectScore>> refresh() {
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

    private List<ProjectScore> compute(long cycleId, @Nullable Set<Long> only) {
        return new AlignmentFormula(settings.weights()).scores(inputs.projects(cycleId, only).values(),
            inputs.cycle(cycleId));
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
}

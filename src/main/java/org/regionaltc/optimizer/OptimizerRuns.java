package org.regionaltc.optimizer;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.PausePoint;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The runs started from the page, solved one at a time in the background (the engine uses a core to the full), with
 * the best objective and bound so far for the page to poll. The latest few are kept in memory; a run worth keeping
 * is saved as a scenario.
 */
@Component
class OptimizerRuns implements DisposableBean {

    private static final int KEPT = 20;

    /** A run; its fields are public for the page's template. */
    public static final class Run {
        public final String id = UUID.randomUUID().toString();
        public final AllocationProblem problem;
        public final boolean fromProgramme;
        public final ProgrammeProblem.Settings settings;
        public final double timeLimit;
        public final String startedBy;
        public final OffsetDateTime startedAt = OffsetDateTime.now();
        public volatile String stage = "queued";
        public volatile @Nullable Double objective;
        public volatile @Nullable Double bound;
        public volatile @Nullable AllocationResult result;
        public volatile @Nullable String failure;

        Run(AllocationProblem problem, boolean fromProgramme, ProgrammeProblem.Settings settings,
                double timeLimit, String startedBy) {
            this.problem = problem;
            this.fromProgramme = fromProgramme;
            this.settings = settings;
            this.timeLimit = timeLimit;
            this.startedBy = startedBy;
        }

        public boolean done() {
            return result != null || failure != null;
        }

        /** Seconds since the start, for the progress bar against the time limit. */
        public long percentDone() {
            return Math.min(100, Math.round(100 * elapsed() / timeLimit));
        }

        public long elapsed() {
            return java.time.Duration.between(startedAt, OffsetDateTime.now()).toSeconds();
        }
    }

    private final ExecutorService solver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "optimizer");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final PausePoint pause;

    OptimizerRuns(PausePoint pause) {
        this.pause = pause;
    }

    synchronized Run start(AllocationProblem problem, boolean fromProgramme,
            ProgrammeProblem.Settings settings, double timeLimit, String startedBy) {
        Run run = new Run(problem, fromProgramme, settings, timeLimit, startedBy);
        runs.put(run.id, run);
        while (runs.size() > KEPT) {
            runs.remove(runs.keySet().iterator().next());
        }
        solver.submit(() -> solve(run));
        return run;
    }

    private void solve(Run run) {
        long[] reports = {0};
        try {
            run.stage = "greedy";
            run.result = new AllocationEngine().solve(run.problem,
                new AllocationEngine.Options(run.timeLimit, 0, 1), (stage, objective, bound) -> {
                    run.stage = stage;
                    run.objective = objective;
                    run.bound = bound;
                    pause.reached("optimizer-run", ++reports[0]);
                });
            run.stage = "done";
        } catch (RuntimeException | LinkageError e) {
            run.failure = e.toString();
            run.stage = "failed";
        }
    }

    synchronized Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** A run is known only to the node that started it, until it restarts: older ones are not found. */
    Run get(String id) {
        return find(id).orElseThrow(() -> NotFound.worded("error.optimizer.runUnknown", id));
    }

    @Override
    public void destroy() {
        solver.shutdownNow();
    }
}

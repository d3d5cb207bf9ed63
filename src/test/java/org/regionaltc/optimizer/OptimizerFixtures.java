package org.regionaltc.optimizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.ApplicationContext;

/** Runs and scenarios for tests of other packages (the authorization matrix): the example problem of the format. */
public final class OptimizerFixtures {

    private OptimizerFixtures() {
    }

    static AllocationProblem example() {
        try {
            return AllocationEngineTests.resource("example-problem.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A saved scenario of the example, solved. */
    public static long aScenario(ApplicationContext context) {
        AllocationProblem problem = example();
        AllocationResult result = new AllocationEngine().solve(problem, new AllocationEngine.Options(5, 0, 1),
            AllocationEngine.Progress.NONE);
        return context.getBean(Scenarios.class).save("example", problem, result, "fixture");
    }

    /** A run of the example started in the background; its id. */
    public static String aRun(ApplicationContext context) {
        return context.getBean(OptimizerRuns.class).start(example(), false, ProgrammeProblem.Settings.DEFAULT, 5,
            "fixture").id;
    }
}

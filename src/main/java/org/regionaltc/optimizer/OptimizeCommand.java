package org.regionaltc.optimizer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimize --input problem.json --output result.json}: solves a problem file without the database, so the
 * JVM's start is the only overhead. Exit 0 for OPTIMAL or FEASIBLE, 1 for INFEASIBLE, INVALID or UNKNOWN (the
 * result file still written), 2 for a usage error or a missing input file; progress on standard error.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = "Recommend which projects to fund from which windows (the allocation-problem format), "
        + "without the database.")
public final class OptimizeCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "Problem file (regional-tc.allocation-problem/1)")
    @Nullable Path input;
    @Option(names = "--output", required = true, description = "Result file to write (regional-tc.allocation-result/1)")
    @Nullable Path output;
    @Option(names = "--time-limit", defaultValue = "60", description = "Seconds (default: ${DEFAULT-VALUE})")
    double timeLimit = 60;
    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--threads", defaultValue = "1", description = "Solver threads (default: ${DEFAULT-VALUE})")
    int threads = 1;
    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine line = java.util.Objects.requireNonNull(spec).commandLine();
        PrintWriter err = line.getErr();
        if (!(timeLimit > 0) || threads < 1) {
            throw new CommandLine.ParameterException(line, "--time-limit must be > 0 and --threads >= 1");
        }
        String json;
        try {
            json = Files.readString(java.util.Objects.requireNonNull(input), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("error: no such input file: " + input);
            return 2;
        }
        AllocationJson.Parsed parsed = AllocationJson.readProblem(json);
        AllocationResult result;
        if (!parsed.valid()) {
            result = AllocationResult.invalid(parsed.name(), parsed.errors());
        } else {
            long start = System.nanoTime();
            result = new AllocationEngine().solve(parsed.problem(),
                new AllocationEngine.Options(timeLimit, seed, threads), (stage, objective, bound) -> err.printf(
                    Locale.ROOT, "%7.2fs %-10s objective %s bound %s%n", (System.nanoTime() - start) / 1e9, stage,
                    format(objective), format(bound)));
        }
        Files.writeString(java.util.Objects.requireNonNull(output), AllocationJson.writeResult(result),
            StandardCharsets.UTF_8);
        err.println(summary(result));
        result.errors().forEach(e -> err.println("  " + e.text()));
        result.conflicts().forEach(c -> err.println("  " + c.text()));
        return result.solved() ? 0 : 1;
    }

    private static String format(@Nullable Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String summary(AllocationResult r) {
        return String.format(Locale.ROOT, "%s objective %s bound %s gap %s greedy %s in %.2fs", r.status(),
            format(r.objective()), format(r.bound()),
            r.gap() == null ? "-" : String.format(Locale.ROOT, "%.4f%%", 100 * r.gap()), format(r.greedyObjective()),
            r.seconds());
    }
}

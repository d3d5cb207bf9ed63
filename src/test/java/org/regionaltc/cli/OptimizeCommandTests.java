package org.regionaltc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.Application;
import org.regionaltc.optimizer.AllocationJson;
import org.regionaltc.optimizer.AllocationResult;

/** {@code optimize} as a user runs it: files in, a result file out, the exit code and progress on standard error. */
class OptimizeCommandTests {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineInterface.run(Application.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path example() throws IOException {
        Path input = dir.resolve("problem.json");
        try (InputStream in = getClass().getResourceAsStream("/optimizer/example-problem.json")) {
            Files.write(input, in.readAllBytes());
        }
        return input;
    }

    @Test
    void solvesTheExampleToItsOptimumAndExitsWithZero() throws IOException {
        Path output = dir.resolve("result.json");

        Run run = run("optimize", "--input", example().toString(), "--output", output.toString(), "--time-limit", "20",
            "--seed", "3", "--threads", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("greedy", "OPTIMAL objective 1767997");
        AllocationResult result = AllocationJson.readResult(Files.readString(output));
        assertThat(result.status()).isEqualTo(AllocationResult.Status.OPTIMAL);
        assertThat(result.objective()).isEqualTo(1_767_997.0);
    }

    @Test
    void writesTheErrorsOfABadProblemAndExitsWithOne() throws IOException {
        Path input = dir.resolve("bad.json");
        Files.writeString(input, Files.readString(example()).replace("\"gap\": 210000,", "\"gap\": -5,"));
        Path output = dir.resolve("result.json");

        Run run = run("optimize", "--input", input.toString(), "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("INVALID", "projects[2].gap must be greater than 0.").doesNotContain("Exception");
        AllocationResult result = AllocationJson.readResult(Files.readString(output));
        assertThat(result.status()).isEqualTo(AllocationResult.Status.INVALID);
        assertThat(result.errors()).extracting(AllocationResult.Error::path).containsExactly("projects[2].gap");
    }

    @Test
    void writesTheConflictsOfAnInfeasibleProblemAndExitsWithOne() throws IOException {
        Path input = dir.resolve("infeasible.json");
        Files.writeString(input, Files.readString(example()).replace("\"P00009\"\n  ]", "\"P00009\", \"P00008\"\n  ]"));
        Path output = dir.resolve("result.json");

        Run run = run("optimize", "--input", input.toString(), "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        AllocationResult result = AllocationJson.readResult(Files.readString(output));
        assertThat(result.status()).isEqualTo(AllocationResult.Status.INFEASIBLE);
        assertThat(result.conflicts()).extracting(AllocationResult.Message::code).contains("must-and-must-not");
    }

    @Test
    void aMissingInputFileOrOptionIsAUsageErrorWithTwo() {
        Path output = dir.resolve("result.json");
        Run missing = run("optimize", "--input", dir.resolve("nowhere.json").toString(), "--output", output.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such input file");
        assertThat(Files.exists(output)).isFalse();
        assertThat(run("optimize", "--output", output.toString()).exitCode()).isEqualTo(2);
        assertThat(run("optimize", "--input", "x", "--output", "y", "--time-limit", "soon").exitCode()).isEqualTo(2);
        assertThat(run("optimize", "--help").out()).contains("--time-limit", "--seed", "--threads");
    }
}

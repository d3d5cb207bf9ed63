package org.regionaltc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.Application;

/** Runs the command line as a user would, in its own application context without a web server. */
class CommandLineInterfaceTests {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineInterface.run(Application.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void recognisesItsCommandsAndLeavesEverythingElseToTheWebServer() {
        assertThat(CommandLineInterface.isCommand(new String[] {"users", "list"})).isTrue();
        assertThat(CommandLineInterface.isCommand(new String[] {"--help"})).isTrue();
        assertThat(CommandLineInterface.isCommand(new String[] {})).isFalse();
        assertThat(CommandLineInterface.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLineInterface.isCommand(new String[] {"user", "add"})).isTrue();
    }

    @Test
    void anUnknownCommandExitsWithTwoAndListsTheCommands() {
        Run run = run("user", "add", "--username", "x");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command user").contains("users, projects, db");
        assertThat(run("users").exitCode()).isEqualTo(2);
        assertThat(run("users").err()).contains("add", "list");
    }

    @Test
    void theHelpOfEveryCommandExitsWithZero() {
        for (String[] args : new String[][] {{"--help"}, {"help"}, {"users", "--help"}, {"users", "add", "--help"},
                {"users", "list", "--help"}, {"projects", "--help"}, {"projects", "list", "--help"}, {"db", "--help"},
                {"db", "migrate", "--help"}, {"help", "users"}}) {
            Run help = run(args);
            assertThat(help.exitCode()).as(String.join(" ", args) + ": " + help.err()).isZero();
            assertThat(help.out()).as(String.join(" ", args)).contains("Usage:");
        }
    }

    @Test
    void aPasswordOfSeventyThreeBytesExitsWithOneNamingTheField() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(("é".repeat(36) + "x\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run run = run("users", "add", "--username", "cli-long-" + UUID.randomUUID().toString().substring(0, 6),
                "--name", "Long", "--role", "OFFICER", "--password-stdin");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("password: must be at most 72 bytes").doesNotContain("Exception");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void helpListsTheCommandsWithoutStartingAnything() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("users", "db");
        assertThat(run("users", "add", "--help").out()).contains("--username", "--role", "--country", "--password-stdin");
    }

    @Test
    void addsAndListsAUser() {
        String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        Run add = run("users", "add", "--username", username, "--name", "Carla CLI", "--role", "focal_point",
            "--country", "PE", "--country", "CL");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Created user " + username).contains("Generated password (shown once): ");
        Run list = run("users", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).containsPattern(username + "\\s+FOCAL_POINT\\s+Carla CLI\\s+CL,PE\\s+enabled");
    }

    @Test
    void refusedInputExitsWithOneAndNamesTheField() {
        Run run = run("users", "add", "--username", "cli-bad-" + UUID.randomUUID().toString().substring(0, 6),
            "--name", "Bad", "--role", "FOCAL_POINT", "--country", "XX");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("countries: XX is not a GRULAC country code");
    }

    @Test
    void aUsageErrorExitsWithTwo() {
        Run run = run("users", "add", "--name", "No username");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required options", "--username");
    }

    @Test
    void listsProjectsAsATableOrCsv() {
        Run table = run("projects", "list", "--country", "PE");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).startsWith("IDENTIFIER").containsPattern("\\d+ project\\(s\\)");
        Run csv = run("projects", "list", "--format", "csv", "--status", "IMPLEMENTATION");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().findFirst()).contains("identifier,title,status,countries,currency,total_budget,alignment");
        assertThat(csv.out().lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",IMPLEMENTATION,"));
        assertThat(run("projects", "list", "--format", "xml").err()).contains("format: must be table or csv");
        assertThat(run("projects", "list", "--status", "DONE").exitCode()).isEqualTo(2);
    }

    @Test
    void searchRefusesAnUnknownFormatInEnglishWords() {
        Run run = run("search", "agua", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: format: must be text or json").doesNotContain("error.cli");
    }

    @Test
    void migratesTheDatabase() {
        Run run = run("db", "migrate");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Database is at version \\S+ .* \\(\\d+ migrations applied, 0 pending\\)");
    }
}

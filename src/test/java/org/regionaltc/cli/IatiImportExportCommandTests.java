package org.regionaltc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.Application;

/** {@code iati import} and {@code iati export} as a user runs them: exit codes 0, 1 and 2, the JSON summary. */
class IatiImportExportCommandTests {

    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineInterface.run(Application.class, new PrintWriter(out, true), new PrintWriter(err, true),
            args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Another publisher's activity: an external activity, whatever the projects of the database. */
    private static String activity(String identifier, String extra) {
        return """
            <iati-activity default-currency="USD">
              <iati-identifier>%s</iati-identifier>
              <reporting-org ref="GB-GOV-1" type="10"><narrative>FCDO</narrative></reporting-org>
              <title><narrative>Industrial energy efficiency</narrative></title>
              <description><narrative>Motors and boilers.</narrative></description>
              <participating-org role="1" ref="GB-GOV-1"><narrative>FCDO</narrative></participating-org>
              %s<activity-status code="2"/>
              <activity-date type="1" iso-date="2024-01-01"/>
              <recipient-country code="PE" percentage="100"/>
              <sector vocabulary="1" code="32110" percentage="100"/>
            </iati-activity>
            """.formatted(identifier, extra);
    }

    private Path write(String name, String... activities) throws Exception {
        return Files.writeString(folder.resolve(name), "<iati-activities version=\"2.03\">\n"
            + String.join("", activities) + "</iati-activities>\n", StandardCharsets.UTF_8);
    }

    @Test
    void importsAFileAsJsonWithExitZeroAndASecondRunChangesNothing() throws Exception {
        String id = "GB-GOV-1-CLI-" + UUID.randomUUID();
        Path file = write("donor.xml", activity(id + "-A", ""), activity(id + "-B", ""));

        Run first = run("iati", "import", file.toString(), "--format", "json");
        Run second = run("iati", "import", file.toString(), "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("\"file\": \"" + file + "\"", "\"activities\": 2", "\"created\": 2",
            "\"updated\": 0", "\"unchanged\": 0", "\"rejected\": 0", "\"rejections\": []");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("\"activities\": 2", "\"created\": 0", "\"unchanged\": 2");
    }

    @Test
    void anActivityWithASchemaErrorIsRejectedWithExitOneAndTheOthersImported() throws Exception {
        String id = "GB-GOV-1-CLI-" + UUID.randomUUID();
        Path file = write("bad.xml", activity(id + "-OK", ""), activity(id + "-BAD", "<oops/>"));

        Run run = run("iati", "import", file.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"created\": 1", "\"rejected\": 1", "\"activity\": \"" + id + "-BAD\"",
            "\"reason\": \"schema error at");
    }

    @Test
    void atomicWritesNothingOfAFileWithARejectedActivityAndTheTextSaysSo() throws Exception {
        String id = "GB-GOV-1-CLI-" + UUID.randomUUID();
        Path file = write("atomic.xml", activity(id + "-OK", ""), activity(id + "-BAD", "<oops/>"));

        Run atomic = run("iati", "import", file.toString(), "--atomic");
        Run again = run("iati", "import", file.toString(), "--format", "json");

        assertThat(atomic.exitCode()).isEqualTo(1);
        assertThat(atomic.out()).contains("(nothing written)", "rejected " + id + "-BAD");
        assertThat(again.out()).as("the atomic run left nothing to be unchanged").contains("\"created\": 1");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path file = write("ok.xml", activity("GB-GOV-1-CLI-" + UUID.randomUUID(), ""));

        Run missing = run("iati", "import", folder.resolve("nowhere.xml").toString());
        Run format = run("iati", "import", file.toString(), "--format", "yaml");
        Run noFile = run("iati", "import");
        Run noOutput = run("iati", "export");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no readable file");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be text or json");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--output");
    }

    @Test
    void exportsValidFilesAndTheOrganisationFileThatValidateAgain() throws Exception {
        Path out = folder.resolve("export");

        Run export = run("iati", "export", "--output", out.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).containsPattern("\\d+ activities");
        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains(
            "regional-tc-organisation.xml");
        for (Path written : files) {
            Run validate = run("iati", "validate", written.toString(), "--format", "json");
            if (written.getFileName().toString().startsWith("regional-tc-activities-")) {
                assertThat(validate.exitCode()).as(validate.out()).isZero();
                assertThat(validate.out()).contains("\"valid\": true");
            }
        }
    }

    @Test
    void anExportWithAStatusThatIsNotOneFailsWithoutWriting() {
        Path out = folder.resolve("none");

        Run export = run("iati", "export", "--output", out.toString(), "--status", "DREAMING");

        assertThat(export.exitCode()).isNotZero();
        assertThat(export.err()).contains("status");
        assertThat(out.resolve("regional-tc-activities-1.xml")).doesNotExist();
    }
}

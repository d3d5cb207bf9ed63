package org.regionaltc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.Application;

/** {@code iati validate} as a user runs it: several files, text or JSON, exit codes 0, 1 and 2. */
class IatiValidateCommandTests {

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

    private Path write(String name, String xml) throws Exception {
        return Files.writeString(folder.resolve(name), xml, StandardCharsets.UTF_8);
    }

    private static String activity(String identifier, String status) {
        return """
            <iati-activity default-currency="USD">
              <iati-identifier>%s</iati-identifier>
              <reporting-org ref="XM-DAC-41123" type="40"><narrative>UNIDO</narrative></reporting-org>
              <title><narrative>Clean industry</narrative></title>
              <description><narrative>Cleaner production.</narrative></description>
              <participating-org role="1" ref="XM-DAC-41123"><narrative>UNIDO</narrative></participating-org>
              <activity-status code="%s"/>
              <activity-date type="1" iso-date="2024-01-01"/>
            </iati-activity>
            """.formatted(identifier, status);
    }

    private static String file(String... activities) {
        return "<iati-activities version=\"2.02\">\n" + String.join("", activities) + "</iati-activities>\n";
    }

    @Test
    void aValidFileExitsWithZero() throws Exception {
        Path ok = write("ok.xml", file(activity("XM-DAC-41123-A", "2")));

        Run run = run("iati", "validate", ok.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("version 2.02, 1 activities, valid against the schema", "0 error(s)");
    }

    @Test
    void reportsEveryFileAsJsonAndExitsWithOneOnAnyError() throws Exception {
        Path ok = write("ok.xml", file(activity("XM-DAC-41123-A", "2")));
        Path bad = write("bad.xml", file(activity("XM-DAC-41123-A", "2"), activity("XM-DAC-41123-B", "77"),
            "<oops/>\n"));

        Run run = run("iati", "validate", "--format", "json", ok.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("[").contains(
            "{\"file\": \"" + ok + "\", \"version\": \"2.02\", \"valid\": true, \"activities\": 1, \"omitted\": 0, "
                + "\"errors\": []}",
            "{\"file\": \"" + bad + "\", \"version\": \"2.02\", \"valid\": false, \"activities\": 2",
            "{\"activity\": \"XM-DAC-41123-B\", \"line\": 17, \"column\": 3, \"severity\": \"error\", "
                + "\"kind\": \"codelist\", \"code\": \"code-not-in-codelist\", \"message\": \"activity-status/@code: "
                + "the code '77' is not in the codelist ActivityStatus\"}",
            "{\"activity\": null, \"line\": 20, \"column\": 1, \"severity\": \"error\", \"kind\": \"schema\"");
    }

    @Test
    void aMissingFileOrAnUnknownFormatIsAUsageError() throws Exception {
        Path ok = write("ok.xml", file(activity("XM-DAC-41123-A", "2")));

        Run missing = run("iati", "validate", ok.toString(), folder.resolve("nowhere.xml").toString());
        Run format = run("iati", "validate", "--format", "yaml", ok.toString());
        Run none = run("iati", "validate");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.xml");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be text or json");
        assertThat(none.exitCode()).isEqualTo(2);
    }
}

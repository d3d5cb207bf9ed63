package org.regionaltc.iati;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iati validate|export}: exit 0 fine, 1 errors found, 2 usage or a missing file. */
@Command(name = "iati", description = "IATI 2.03 files: validate, import, export.", mixinStandardHelpOptions = true,
    subcommands = {IatiCommand.Validate.class, IatiCommand.Import.class, IatiCommand.Export.class})
public final class IatiCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public void run() {
        CommandLine line = java.util.Objects.requireNonNull(spec).commandLine();
        throw new CommandLine.ParameterException(line, "Missing a command: one of "
            + String.join(", ", line.getSubcommands().keySet()));
    }

    static String format(CommandLine.Model.@Nullable CommandSpec spec, String format) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(java.util.Objects.requireNonNull(spec).commandLine(),
                "--format must be text or json, not " + format);
        }
        return format;
    }

    /** Needs no database and no Spring context: the JVM's start is its only overhead. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate IATI activity files (schema, codelists, the standard's rules) in one streaming pass.")
    public static final class Validate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "IATI activity files (2.01, 2.02 or 2.03)")
        List<Path> files = new ArrayList<>();
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format = "text";
        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            format(spec, format);
            PrintWriter err = java.util.Objects.requireNonNull(spec).commandLine().getErr();
            for (Path file : files) {
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    err.println("error: no readable file " + file);
                    return 2;
                }
            }
            IatiValidator validator = new IatiValidator();
            List<FileReport> reports = new ArrayList<>();
            for (Path file : files) {
                reports.add(validator.validate(file, file.toString(), null));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                ReportFormat.json(reports, out);
            } else {
                ReportFormat.text(reports, out);
            }
            return reports.stream().anyMatch(FileReport::hasErrors) ? 1 : 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export published projects as IATI 2.03 activity files (split under 20 MB) and the "
            + "organisation file.")
    public static final class Export implements Callable<Integer> {
        @Option(names = "--output", required = true, description = "Folder to write the files into")
        Path output = Path.of(".");
        @Option(names = "--country", description = "Only projects with this recipient country (ISO code)")
        @Nullable String country;
        @Option(names = "--status", description = "Only projects in this status, e.g. IMPLEMENTATION")
        @Nullable String status;
        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        private final java.util.function.Supplier<IatiExport> export;

        public Export(java.util.function.Supplier<IatiExport> export) {
            this.export = export;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
            Files.createDirectories(output);
            IatiExport.Written written = export.get().toFolder(output, country, status);
            for (Path file : written.files()) {
                out.println("wrote " + file);
            }
            out.println(written.activities() + " activities");
            if (!written.skipped().isEmpty()) {
                out.println("left out (no date, which IATI requires): " + String.join(", ", written.skipped()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import IATI 2.01-2.03 activity files into the configured database, streaming: other "
            + "publishers' activities become external activities; each activity is imported or rejected on its own.")
    public static final class Import implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "IATI activity files")
        List<Path> files = new ArrayList<>();
        @Option(names = "--atomic", description = "A file is imported whole or not at all")
        boolean atomic;
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        String format = "text";
        @CommandLine.Spec
        CommandLine.Model.@Nullable CommandSpec spec;

        private final java.util.function.Supplier<IatiImport> importer;

        public Import(java.util.function.Supplier<IatiImport> importer) {
            this.importer = importer;
        }

        @Override
        public Integer call() throws IOException {
            format(spec, format);
            PrintWriter err = java.util.Objects.requireNonNull(spec).commandLine().getErr();
            for (Path file : files) {
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    err.println("error: no readable file " + file);
                    return 2;
                }
            }
            List<IatiImport.Summary> summaries = new ArrayList<>();
            for (Path file : files) {
                long size = Files.size(file);
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    summaries.add(importer.get().run(in, file.toString(), atomic, read -> {
                        err.printf("\r%s: %d%% (%d MB)", file.getFileName(), size == 0 ? 100 : read * 100 / size,
                            read >> 20);
                        err.flush();
                    }));
                }
                err.println();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                ReportFormat.importJson(summaries, out);
            } else {
                ReportFormat.importText(summaries, out);
            }
            return summaries.stream().anyMatch(s -> s.rejected() > 0 || !s.rejections().isEmpty()) ? 1 : 0;
        }
    }
}

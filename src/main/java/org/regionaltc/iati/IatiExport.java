package org.regionaltc.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.Cofinancings;
import org.regionaltc.funding.LedgerEntries;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.project.Projects;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.reference.FinancingBody;
import org.regionaltc.results.Outcomes;
import org.regionaltc.system.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Published projects as IATI 2.03 activity files, each under 20 MB and named {@code regional-tc-activities-<n>.xml},
 * and UNIDO's organisation file. Reads projects, ledger, co-financing and results through the published types of
 * their modules. Only published projects: the public sees them, and IATI is public.
 */
@Component
public class IatiExport {

    /** The IATI Registry refuses files of 20 MB and more; the margin keeps the footer inside. */
    static final long MAX_FILE_BYTES = 20L * 1000 * 1000 - 4096;
    static final String ORGANISATION_FILE = "regional-tc-organisation.xml";

    /** The files written, the activities in them, and the identifiers of projects left out (IATI needs a date). */
    public record Written(List<Path> files, int activities, List<String> skipped) {
    }

    private final ProjectSummaries summaries;
    private final Projects projects;
    private final LedgerEntries ledger;
    private final Cofinancings cofinancings;
    private final Outcomes outcomes;
    private final FinancingBodies bodies;
    private long maxFileBytes = MAX_FILE_BYTES;

    IatiExport(ProjectSummaries summaries, Projects projects, LedgerEntries ledger, Cofinancings cofinancings,
            Outcomes outcomes, FinancingBodies bodies) {
        this.summaries = summaries;
        this.projects = projects;
        this.ledger = ledger;
        this.cofinancings = cofinancings;
        this.outcomes = outcomes;
        this.bodies = bodies;
    }

    /** For tests of the split, which would otherwise need 20 MB of projects. */
    void maxFileBytes(long bytes) {
        this.maxFileBytes = bytes;
    }

    public Written toFolder(Path folder, @Nullable String country, @Nullable String status) throws IOException {
        ProjectStatus wanted = parseStatus(status);
        String countryCode = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        List<ProjectSummaries.ProjectSummary> published = summaries.find(
            new ProjectSummaries.Filter(countryCode, null, wanted, null, null),
            // The public's view: IATI publishes only what anyone may read.
            org.regionaltc.system.ProjectVisibility.of(java.util.Optional.empty()));
        Map<String, FinancingBody> byCode = bodies.findAll().stream()
            .collect(Collectors.toMap(FinancingBody::code, Function.identity()));
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ActivityWriter writer = new ActivityWriter();
        List<Path> files = new ArrayList<>();
        Split split = new Split(folder, files, now);
        List<String> skipped = new ArrayList<>();
        try {
            for (ProjectSummaries.ProjectSummary summary : published) {
                long id = summary.id();
                var tc = projects.get(id);
                // An IATI activity needs at least one activity-date: a project with none would make the file invalid.
                if (tc.plannedStart() == null && tc.actualStart() == null && tc.plannedEnd() == null
                        && tc.actualEnd() == null) {
                    skipped.add(tc.identifier());
                    continue;
                }
                ExportedProject project = new ExportedProject(tc,
                    ledger.findVisible(Visibility.everything(), null, id),
                    cofinancings.findVisible(Visibility.everything(), id), outcomes.ofProject(id), byCode);
                split.add(writer.write(project, now));
            }
        } finally {
            split.close();
        }
        files.add(writeOrganisation(folder.resolve(ORGANISATION_FILE), now));
        return new Written(List.copyOf(files), published.size() - skipped.size(), List.copyOf(skipped));
    }

    private static @Nullable ProjectStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ProjectStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "error.oneOf", java.util.Arrays.toString(ProjectStatus.values()), status);
        }
    }

    private static Path writeOrganisation(Path file, String now) throws IOException {
        String xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-organisations version="2.03" generated-datetime="%1$s">
             <iati-organisation last-updated-datetime="%1$s" xml:lang="en" default-currency="USD">
              <organisation-identifier>%2$s</organisation-identifier>
              <name><narrative>%3$s</narrative><narrative xml:lang="es">Organización de las Naciones Unidas para el \
            Desarrollo Industrial</narrative><narrative xml:lang="fr">Organisation des Nations Unies pour le \
            développement industriel</narrative></name>
              <reporting-org ref="%2$s" type="40"><narrative>%3$s</narrative></reporting-org>
             </iati-organisation>
            </iati-organisations>
            """.formatted(now, ActivityWriter.UNIDO_REF, ActivityWriter.UNIDO_NAME);
        return Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    /** Starts a new file before an activity that would take the current one to its limit. */
    private final class Split {
        private final Path folder;
        private final List<Path> files;
        private final byte[] header;
        private final byte[] footer = "</iati-activities>\n".getBytes(StandardCharsets.UTF_8);
        private @Nullable OutputStream out;
        private long size;

        Split(Path folder, List<Path> files, String now) {
            this.folder = folder;
            this.files = files;
            this.header = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\" "
                + "generated-datetime=\"" + now + "\">\n").getBytes(StandardCharsets.UTF_8);
        }

        void add(byte[] activity) throws IOException {
            if (out == null || (size + activity.length + footer.length > maxFileBytes && size > header.length)) {
                close();
                Path file = folder.resolve("regional-tc-activities-" + (files.size() + 1) + ".xml");
                files.add(file);
                out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                out.write(header);
                size = header.length;
            }
            out.write(activity);
            size += activity.length;
        }

        void close() throws IOException {
            if (out != null) {
                out.write(footer);
                out.close();
                out = null;
            }
        }
    }
}

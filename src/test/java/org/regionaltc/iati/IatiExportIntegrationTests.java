package org.regionaltc.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.funding.FundingFixtures;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The export on a real database: every file valid against the official XSD, codes from the codelists only. */
@SpringBootTest
class IatiExportIntegrationTests {

    @Autowired
    IatiExport export;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private long published;
    private String publishedIdentifier;
    private String draftIdentifier;

    @BeforeEach
    void aPublishedProjectWithItsLedgerCofinancingAndResults() {
        published = ProjectFixtures.aProject(projects, new BigDecimal("900000"), "PE", 60, "CO", 40);
        ProjectFixtures.forceStatus(jdbc, published, ProjectStatus.IMPLEMENTATION);
        jdbc.sql("""
                UPDATE tc_project SET planned_start = DATE '2024-01-01', planned_end = DATE '2026-12-31',
                    actual_start = DATE '2024-03-01' WHERE id = :id""").param("id", published).update();
        for (int year = 2024; year <= 2026; year++) {
            jdbc.sql("INSERT INTO project_budget_year (project_id, budget_year, amount) VALUES (:id, :y, 300000)")
                .param("id", published).param("y", year).update();
        }
        for (String type : List.of("PLEDGE", "COMMITMENT", "RECEIPT", "ALLOTMENT", "EXPENDITURE")) {
            FundingFixtures.anEntry(jdbc, type, "GEF", published, null, "1000");
        }
        jdbc.sql("""
                INSERT INTO cofinancing (project_id, country_code, source_type, source_name, kind, entry_date, currency,
                    amount, usd_rate, amount_usd, created_at) VALUES (:id, 'PE', 'GOVERNMENT',
                    'Ministerio de la Producción', 'CASH', DATE '2024-05-01', 'USD', 50000, 1, 50000, :now)""")
            .param("id", published).param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO project_outcome (project_id, title) VALUES (:id, 'Cleaner production adopted')")
            .param("id", published).update();
        long outcome = jdbc.sql("SELECT MAX(id) FROM project_outcome WHERE project_id = :id").param("id", published)
            .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO outcome_indicator (outcome_id, name, unit, baseline, source_of_verification)
                VALUES (:o, 'Firms adopting cleaner production', 'firms', 3, 'Survey')""").param("o", outcome).update();
        long indicator = jdbc.sql("SELECT MAX(id) FROM outcome_indicator WHERE outcome_id = :o").param("o", outcome)
            .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO indicator_value (indicator_id, value_year, kind, amount) VALUES
                (:i, 2025, 'TARGET', 20), (:i, 2025, 'ACTUAL', 12)""").param("i", indicator).update();
        publishedIdentifier = projects.get(published).identifier();
        draftIdentifier = projects.get(ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100))
            .identifier();
    }

    @Test
    void everyExportedFileValidatesAgainstTheSchemaAndUsesCodelistCodesOnly() throws Exception {
        IatiExport.Written written = export.toFolder(folder, null, null);

        List<Path> activityFiles = written.files().stream()
            .filter(f -> f.getFileName().toString().startsWith("regional-tc-activities-")).toList();
        assertThat(activityFiles).extracting(f -> f.getFileName().toString()).first()
            .isEqualTo("regional-tc-activities-1.xml");
        int activities = 0;
        for (Path file : activityFiles) {
            FileReport report = new IatiValidator().validate(file, file.toString(), null);
            assertThat(report.valid()).as(file + ": " + report.findings()).isTrue();
            assertThat(report.findings()).as(file.toString()).isEmpty();
            activities += report.activities();
        }
        assertThat(activities).isEqualTo(written.activities()).isGreaterThan(0);
        try (InputStream in = Files.newInputStream(folder.resolve("regional-tc-organisation.xml"))) {
            assertThat(new IatiValidator().validateOrganisationFile(in)).isEmpty();
        }
    }

    @Test
    void mapsTheLedgerCofinancingPlacesAndResultsOfAPublishedProjectAndLeavesDraftsOut() throws Exception {
        export.toFolder(folder, "PE", null);

        String xml = Files.readString(folder.resolve("regional-tc-activities-1.xml"));
        String activity = xml.substring(xml.indexOf("<iati-identifier>" + publishedIdentifier));
        activity = activity.substring(0, activity.indexOf("</iati-activity>"));
        assertThat(xml).doesNotContain(draftIdentifier);
        assertThat(activity).contains(
            "<reporting-org ref=\"XM-DAC-41123\" type=\"40\">",
            "<narrative xml:lang=\"es\">Proyecto de prueba</narrative>",
            "<participating-org role=\"1\" type=\"40\"><narrative>Global Environment Facility</narrative>",
            "<participating-org role=\"4\" type=\"10\"><narrative>Ministry of Production</narrative>",
            "<activity-status code=\"2\"/>",
            "<activity-date type=\"1\" iso-date=\"2024-01-01\"/>",
            "<activity-date type=\"2\" iso-date=\"2024-03-01\"/>",
            "<recipient-country code=\"PE\" percentage=\"60\"/><recipient-country code=\"CO\" percentage=\"40\"/>",
            "<recipient-region code=\"489\" vocabulary=\"1\" percentage=\"0\"/>",
            "<sector vocabulary=\"1\" code=\"32161\" percentage=\"100\"/>",
            "<period-start iso-date=\"2025-01-01\"/><period-end iso-date=\"2025-12-31\"/><value currency=\"USD\" "
                + "value-date=\"2025-01-01\">300000</value>",
            "<transaction-type code=\"13\"/>", "<transaction-type code=\"11\"/>", "<transaction-type code=\"2\"/>",
            "<transaction-type code=\"4\"/>",
            "<provider-org type=\"10\"><narrative>Ministerio de la Producción</narrative></provider-org>",
            "<result type=\"2\" aggregation-status=\"0\"><title><narrative>Cleaner production adopted</narrative>",
            "<baseline year=\"2025\" value=\"3\"/>",
            "<target value=\"20\"/><actual value=\"12\"/>");
        assertThat(Stream.of(activity.split("<transaction-type code=\"1\"/>")).count()).isEqualTo(3);
    }

    @Test
    void splitsTheActivitiesIntoFilesUnderTheLimitEachOfThemValid() throws Exception {
        export.maxFileBytes(8_000);
        try {
            IatiExport.Written written = export.toFolder(folder, null, null);

            List<Path> activityFiles = written.files().stream()
                .filter(f -> f.getFileName().toString().startsWith("regional-tc-activities-")).toList();
            assertThat(activityFiles).hasSizeGreaterThan(1);
            int activities = 0;
            for (Path file : activityFiles) {
                FileReport report = new IatiValidator().validate(file, file.toString(), null);
                assertThat(report.valid()).as(file.toString()).isTrue();
                assertThat(report.activities()).isPositive();
                if (report.activities() > 1) {
                    assertThat(Files.size(file)).isLessThanOrEqualTo(8_000);
                }
                activities += report.activities();
            }
            assertThat(activities).isEqualTo(written.activities());
        } finally {
            export.maxFileBytes(IatiExport.MAX_FILE_BYTES);
        }
    }

    @Test
    void aPublishedProjectWithoutDescriptionIsDescribedByItsTitleAndOneWithoutAnyDateIsLeftOutAndNamed() throws Exception {
        long undated = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        ProjectFixtures.forceStatus(jdbc, undated, ProjectStatus.IMPLEMENTATION);
        jdbc.sql("UPDATE tc_project SET planned_start = NULL, planned_end = NULL, actual_start = NULL, actual_end = NULL, "
            + "description_en = NULL, description_es = NULL WHERE id IN (:a, :b)")
            .param("a", undated).param("b", published).update();
        String undatedIdentifier = projects.get(undated).identifier();
        jdbc.sql("UPDATE tc_project SET planned_start = DATE '2024-01-01' WHERE id = :id").param("id", published).update();

        IatiExport.Written written = export.toFolder(folder, "PE", null);

        assertThat(written.skipped()).contains(undatedIdentifier).doesNotContain(publishedIdentifier);
        for (Path file : written.files()) {
            if (file.getFileName().toString().startsWith("regional-tc-activities-")) {
                FileReport report = new IatiValidator().validate(file, file.toString(), null);
                assertThat(report.valid()).as(file + ": " + report.findings()).isTrue();
                String xml = Files.readString(file);
                assertThat(xml).doesNotContain(undatedIdentifier).contains(publishedIdentifier);
            }
        }
    }

    @Test
    void refusesAStatusThatIsNotOne() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.toFolder(folder, null, "DONE"))
            .hasMessageContaining("status");
    }

    static LocalDate anyDate() {
        return LocalDate.of(2024, 1, 1);
    }
}

package org.regionaltc.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.Projects;
import org.regionaltc.project.TcProject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The streaming import on a real database: what it stores, what it rejects and why, twice the same, all or nothing. */
@SpringBootTest
class IatiImportIntegrationTests {

    @Autowired
    IatiImport importer;
    @Autowired
    IatiExport export;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private IatiImport.Summary run(String xml, boolean atomic) {
        return importer.run(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml", atomic, null);
    }

    private static String activity(String identifier) {
        return IatiValidatorTests.ACTIVITY.replace("XM-DAC-41123-TEST-1", identifier)
            .replace("XM-DAC-41123\" type=\"40\"><narrative>UNIDO", "GB-GOV-1\" type=\"10\"><narrative>FCDO");
    }

    private int stored(String identifier) {
        return jdbc.sql("SELECT COUNT(*) FROM external_activity WHERE identifier = :i").param("i", identifier)
            .query(Integer.class).single();
    }

    @Test
    void theOfficialExampleImportsWithEveryFieldWeModelAndASecondImportChangesNothing() throws Exception {
        jdbc.sql("DELETE FROM external_activity WHERE identifier = 'AA-AAA-123456789-ABC123'").update();
        IatiImport.Summary first;
        try (InputStream in = getClass().getResourceAsStream("/iati/examples/activity-standard-example-annotated.xml")) {
            first = importer.run(in, "example.xml", false, null);
        }

        assertThat(first).extracting(IatiImport.Summary::activities, IatiImport.Summary::created,
            IatiImport.Summary::rejected, IatiImport.Summary::warnings).containsExactly(1, 1, 0, 2);
        Map<String, Object> row = jdbc.sql("""
                SELECT publisher_ref, publisher_name, title, status_code, start_date, end_date, currency, warnings
                FROM external_activity WHERE identifier = 'AA-AAA-123456789-ABC123'""").query().singleRow();
        assertThat(row).containsEntry("publisher_ref", "AA-AAA-123456789")
            .containsEntry("publisher_name", "Organisation name").containsEntry("title", "Activity title")
            .containsEntry("status_code", "2").containsEntry("currency", "USD").containsEntry("warnings", 2);
        assertThat(row.get("start_date").toString()).isEqualTo("2012-04-28");
        assertThat(row.get("end_date").toString()).isEqualTo("2015-12-31");
        long id = jdbc.sql("SELECT id FROM external_activity WHERE identifier = 'AA-AAA-123456789-ABC123'")
            .query(Long.class).single();
        assertThat(jdbc.sql("SELECT country_code FROM external_activity_country WHERE activity_id = :id ORDER BY position")
            .param("id", id).query(String.class).list()).containsExactly("AF", "AG");
        assertThat(jdbc.sql("SELECT vocabulary || ':' || code FROM external_activity_sector WHERE activity_id = :id "
            + "ORDER BY position").param("id", id).query(String.class).list()).containsExactly("2:111", "2:112", "99:A1");
        assertThat(jdbc.sql("SELECT currency || ' ' || CAST(amount AS VARCHAR) FROM external_activity_budget "
            + "WHERE activity_id = :id").param("id", id).query(String.class).list()).containsExactly("EUR 3000.00");
        assertThat(jdbc.sql("SELECT type_code || ' ' || CAST(tx_date AS VARCHAR) || ' ' || CAST(amount AS VARCHAR) "
            + "|| ' ' || provider_name FROM external_activity_transaction WHERE activity_id = :id")
            .param("id", id).query(String.class).list()).containsExactly("1 2012-01-01 1000.00 Agency B");

        IatiImport.Summary second;
        try (InputStream in = getClass().getResourceAsStream("/iati/examples/activity-standard-example-annotated.xml")) {
            second = importer.run(in, "example.xml", false, null);
        }
        assertThat(second).extracting(IatiImport.Summary::created, IatiImport.Summary::updated,
            IatiImport.Summary::unchanged).containsExactly(0, 0, 1);
    }

    @Test
    void rejectsAnActivityWithASchemaErrorAndImportsTheOthers() {
        String good = "GB-GOV-1-" + UUID.randomUUID();
        String bad = "GB-GOV-1-" + UUID.randomUUID();

        IatiImport.Summary summary = run(IatiValidatorTests.file(activity(good),
            activity(bad).replace("<activity-status code=\"2\"/>", "<activity-status code=\"2\"/><oops/>")), false);

        assertThat(summary).extracting(IatiImport.Summary::created, IatiImport.Summary::rejected)
            .containsExactly(1, 1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.activity()).isEqualTo(bad);
            assertThat(r.line()).isEqualTo(22);
            assertThat(r.reason()).startsWith("schema error at 28:30").contains("oops");
        });
        assertThat(stored(good)).isOne();
        assertThat(stored(bad)).isZero();
    }

    @Test
    void anAtomicImportOfAFileWithOneBadActivityWritesNothing() {
        String good = "GB-GOV-1-" + UUID.randomUUID();
        String bad = "GB-GOV-1-" + UUID.randomUUID();

        IatiImport.Summary summary = run(IatiValidatorTests.file(activity(good),
            activity(bad).replace("<activity-status code=\"2\"/>", "<activity-status code=\"2\"/><oops/>")), true);

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.written()).isFalse();
        assertThat(stored(good)).isZero();
    }

    @Test
    void aTruncatedFileKeepsTheActivitiesBeforeTheBreakUnlessAtomic() {
        String first = "GB-GOV-1-" + UUID.randomUUID();
        String second = "GB-GOV-1-" + UUID.randomUUID();
        String whole = IatiValidatorTests.file(activity(first), activity(second));
        String truncated = whole.substring(0, whole.lastIndexOf("<budget"));

        IatiImport.Summary atomic = run(truncated, true);
        assertThat(stored(first)).isZero();
        IatiImport.Summary summary = run(truncated, false);

        assertThat(atomic.written()).isFalse();
        assertThat(summary).extracting(IatiImport.Summary::activities, IatiImport.Summary::created,
            IatiImport.Summary::rejected).containsExactly(2, 1, 1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("EOF"));
        assertThat(stored(first)).isOne();
        assertThat(stored(second)).isZero();
    }

    @Test
    void hostileFilesWriteNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM external_activity").query(Long.class).single();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "\n<iati-activities version=\"2.03\"><iati-activity><iati-identifier>&x;</iati-identifier>"
            + "</iati-activity></iati-activities>";

        IatiImport.Summary summary = run(xxe, false);
        IatiImport.Summary text = importer.run(new IatiValidatorTests.Endless("<iati-activities version=\"2.03\">"
            + "<iati-activity><iati-identifier>GB-GOV-1-X</iati-identifier><title><narrative>", "ab", 2L << 30),
            "huge.xml", false, null);

        assertThat(summary.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("DTD"));
        assertThat(text.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("characters"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM external_activity").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void roundTripExportValidateImportGivesBackTheSameProjectsUnchangedOnASecondImport() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("500000"), "PE", 70, "BO", 30);
        ProjectFixtures.forceStatus(jdbc, id, ProjectStatus.IMPLEMENTATION);
        jdbc.sql("UPDATE tc_project SET planned_start = DATE '2025-01-01', planned_end = DATE '2027-06-30' "
            + "WHERE id = :id").param("id", id).update();
        jdbc.sql("INSERT INTO project_budget_year (project_id, budget_year, amount) VALUES (:id, 2025, 250000), "
            + "(:id, 2026, 250000)").param("id", id).update();
        org.regionaltc.funding.FundingFixtures.anEntry(jdbc, "RECEIPT", "GEF", id, null, "1000");
        TcProject project = projects.get(id);
        long externalBefore = jdbc.sql("SELECT COUNT(*) FROM external_activity").query(Long.class).single();

        IatiExport.Written written = export.toFolder(folder, "BO", null);
        Path file = written.files().getFirst();
        assertThat(new IatiValidator().validate(file, file.toString(), null).hasErrors()).isFalse();
        // Changed here since the export: the import brings back what UNIDO published.
        jdbc.sql("UPDATE tc_project SET title_en = 'Changed meanwhile', version = version + 1 WHERE id = :id")
            .param("id", id).update();
        IatiImport.Summary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = importer.run(in, file.toString(), true, null);
        }

        assertThat(summary.rejections()).isEmpty();
        assertThat(summary.activities()).isEqualTo(written.activities());
        assertThat(summary.projects()).isEqualTo(written.activities());
        assertThat(summary.updated()).isGreaterThanOrEqualTo(1);
        assertThat(summary.ledgerDifferences()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM external_activity").query(Long.class).single())
            .as("UNIDO's own GRULAC activities are projects, not external activities").isEqualTo(externalBefore);
        TcProject after = projects.get(id);
        assertThat(after.texts()).isEqualTo(project.texts());
        assertThat(after.status()).isEqualTo(ProjectStatus.IMPLEMENTATION);
        assertThat(after.countries()).isEqualTo(project.countries());
        assertThat(after.sectors()).isEqualTo(project.sectors());
        assertThat(after.budgetByYear()).isEqualTo(project.budgetByYear());
        assertThat(after.totalBudget()).isEqualByComparingTo(project.totalBudget());
        assertThat(after.plannedStart()).isEqualTo(project.plannedStart());
        assertThat(after.plannedEnd()).isEqualTo(project.plannedEnd());
        assertThat(after.unidoApproval()).isEqualTo(project.unidoApproval());

        IatiImport.Summary again;
        try (InputStream in = Files.newInputStream(file)) {
            again = importer.run(in, file.toString(), true, null);
        }
        assertThat(again.unchanged()).isEqualTo(written.activities());
        assertThat(projects.get(id).version()).isEqualTo(after.version());
    }

    @Test
    void aNewUnidoActivityCreatesAProjectNeverApprovedAndItsTransactionsAreComparedWithTheLedgerNotWritten() {
        String identifier = "XM-DAC-41123-IMP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long ledgerBefore = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        String xml = IatiValidatorTests.file(IatiValidatorTests.ACTIVITY.replace("XM-DAC-41123-TEST-1", identifier)
            .replace("  <document-link", """
                  <transaction><transaction-type code="1"/><transaction-date iso-date="2024-02-01"/>
                   <value currency="USD" value-date="2024-02-01">5000</value></transaction>
                  <document-link"""));
        IatiImport.Summary summary = run(xml, false);

        assertThat(summary.rejections()).isEmpty();
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.projects()).isEqualTo(1);
        long id = projects.findIdByIdentifier(identifier).orElseThrow();
        TcProject project = projects.get(id);
        assertThat(project.unidoApproval()).isNull();
        assertThat(project.status()).as("an implementation status cannot skip approval")
            .isEqualTo(ProjectStatus.IDENTIFICATION);
        assertThat(project.published()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single()).isEqualTo(ledgerBefore);
        assertThat(summary.ledgerDifferences()).singleElement().satisfies(d -> {
            assertThat(d.project()).isEqualTo(identifier);
            assertThat(d.transactionType()).isEqualTo("1");
            assertThat(d.inFile()).isEqualByComparingTo("5000");
            assertThat(d.inLedger()).isEqualByComparingTo(BigDecimal.ZERO);
        });
        assertThat(run(xml, false).unchanged()).isEqualTo(1);
    }

    @Test
    void aUnidoActivityTheProjectRulesRefuseIsRejectedWithTheirReasonAndTheNextActivitiesAreStillImported() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String refused = IatiValidatorTests.ACTIVITY.replace("XM-DAC-41123-TEST-1", "XM-DAC-41123-BADSECTOR" + suffix)
            .replace("code=\"32110\"", "code=\"99999\"");
        String external = activity("GB-GOV-1-AFTER-" + suffix);

        IatiImport.Summary summary = run(IatiValidatorTests.file(refused, external), false);

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.rejections()).singleElement().satisfies(r -> {
            assertThat(r.activity()).isEqualTo("XM-DAC-41123-BADSECTOR" + suffix);
            assertThat(r.reason()).contains("the project's rules refuse it", "sectors");
        });
        assertThat(summary.created()).isEqualTo(1);
        assertThat(stored("GB-GOV-1-AFTER-" + suffix)).isEqualTo(1);
        assertThat(projects.findIdByIdentifier("XM-DAC-41123-BADSECTOR" + suffix)).isEmpty();
    }
}

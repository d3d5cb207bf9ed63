package org.regionaltc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;

/** db backup and db restore on an H2 file database, as the configuration of a default installation names it. */
class DatabaseBackupTests {

    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    @TempDir
    Path dir;

    private DatabaseBackup.Database database() {
        return new DatabaseBackup.Database("jdbc:h2:file:" + dir.resolve("data/regional-tc") + OPTIONS, "sa", "");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database().url(), "sa", "");
    }

    /** The application's Flyway, as far as a test can build it: its reference data is a Spring-made Java migration. */
    private Flyway flyway(String target) throws ReflectiveOperationException {
        var referenceData = Class.forName("org.regionaltc.reference.V008__Load_reference_data").getDeclaredConstructor();
        referenceData.setAccessible(true);
        return Flyway.configure().dataSource(database().url(), "sa", "")
            .locations("classpath:db/migration", "classpath:db/vendor/h2")
            .javaMigrations((org.flywaydb.core.api.migration.JavaMigration) referenceData.newInstance())
            .target(target).load();
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static String backup(DatabaseBackup.Database db, Path file) throws Exception {
        StringWriter progress = new StringWriter();
        DatabaseBackup.backup(db, file, new PrintWriter(progress, true));
        return progress.toString();
    }

    private static String restore(DatabaseBackup.Database db, Path file) throws Exception {
        StringWriter progress = new StringWriter();
        DatabaseBackup.restore(db, file, new PrintWriter(progress, true));
        return progress.toString();
    }

    @Test
    void aRestoreGivesBackEveryRowOfEveryTableAuditTrailIncludedAndAnOlderBackupMigratesAfterwards() throws Exception {
        flyway("060").migrate();
        Map<String, List<String>> before;
        try (Connection db = connect()) {
            execute(db,
                "INSERT INTO country (code, iso3, name_en, name_es, name_fr, name_pt) VALUES ('ZZ', 'ZZZ', 'Zedland', 'Zedlandia', 'Zédie', 'Zedlândia')",
                "INSERT INTO app_user (username, display_name, password_hash, role, created_at) VALUES ('maria', 'María', '{noop}x', 'OFFICER', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00')",
                "INSERT INTO app_user_country (user_id, country_code) SELECT id, 'ZZ' FROM app_user WHERE username = 'maria'",
                "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id, changes, summary) VALUES (TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00', 'maria', 'CREATE', 'Country', 'ZZ', '{\"name\":{\"before\":null,\"after\":\"Zedland\"}}', NULL)");
            before = TableRows.of(db);
        }
        Path file = dir.resolve("backup.sql.gz");

        String progress = backup(database(), file);

        assertThat(progress).contains("audit_entry: 1 rows").containsPattern("Backed up \\d+ tables");
        try (Connection db = connect()) {
            execute(db,
                "UPDATE country SET name_en = 'Changed' WHERE code = 'ZZ'",
                "DELETE FROM app_user_country",
                "INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id) VALUES (CURRENT_TIMESTAMP, 'intruder', 'UPDATE', 'Country', 'ZZ')",
                "INSERT INTO country (code, iso3, name_en, name_es, name_fr, name_pt) VALUES ('ZY', 'ZZY', 'Other', 'Other', 'Other', 'Other')");
            assertThat(TableRows.of(db)).isNotEqualTo(before);
        }

        String restored = restore(database(), file);

        assertThat(restored).contains("restored 100%").contains("is kept as");
        try (Connection db = connect()) {
            assertThat(TableRows.of(db)).isEqualTo(before);
            assertThatThrownBy(() -> execute(db, "DELETE FROM audit_entry"))
                .hasMessageContaining("audit entries cannot be changed or deleted");
            execute(db, "INSERT INTO audit_entry (occurred_at, actor, action, entity_type) VALUES (CURRENT_TIMESTAMP, 'next', 'CREATE', 'Country')");
            assertThat(TableRows.of(db).get("audit_entry")).as("identities continue after the restored rows").hasSize(2);
        }
        Flyway latest = flyway("latest");
        assertThat(latest.migrate().migrationsExecuted).as("what the next start of this version runs").isPositive();
        assertThat(latest.info().pending()).isEmpty();
    }

    @Test
    void aBackupAtTheCurrentSchemaRoundTripsEveryTable() throws Exception {
        flyway("latest").migrate();
        Map<String, List<String>> before;
        try (Connection db = connect()) {
            before = TableRows.of(db);
        }
        assertThat(before.keySet()).contains("audit_entry", "flyway_schema_history", "tc_project", "ledger_entry");
        Path file = dir.resolve("current.sql.gz");
        backup(database(), file);
        try (Connection db = connect()) {
            execute(db, "INSERT INTO audit_entry (occurred_at, actor, action, entity_type) VALUES (CURRENT_TIMESTAMP, 'x', 'CREATE', 'Country')");
        }
        restore(database(), file);
        try (Connection db = connect()) {
            assertThat(TableRows.of(db)).isEqualTo(before);
        }
    }

    @Test
    void aRestoreIsRefusedWhileTheDatabaseIsOpenElsewhereAndLeavesItAsItWas() throws Exception {
        flyway("latest").migrate();
        Path file = dir.resolve("b.sql.gz");
        backup(database(), file);
        DatabaseBackup.Database exclusive = new DatabaseBackup.Database(database().url().replace(";AUTO_SERVER=TRUE", ""),
            "sa", "");
        try (Connection server = DriverManager.getConnection(exclusive.url(), "sa", "")) {
            execute(server, "INSERT INTO audit_entry (occurred_at, actor, action, entity_type) VALUES (CURRENT_TIMESTAMP, 'kept', 'CREATE', 'Country')");
            assertThatThrownBy(() -> restore(exclusive, file)).isInstanceOf(Conflict.class)
                .hasMessageContaining("error.cli.databaseInUse");
            assertThat(TableRows.of(server).get("audit_entry")).hasSize(1);
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDatabaseStays() throws Exception {
        flyway("latest").migrate();
        Path file = dir.resolve("not-a-backup.txt");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> restore(database(), file)).isInstanceOf(InvalidInput.class)
            .hasMessageContaining("error.cli.backupUnreadable");
        try (Connection db = connect()) {
            assertThat(TableRows.of(db)).containsKey("audit_entry");
        }
    }

    @Test
    void onPostgresqlBothCommandsPointToPgDump() {
        DatabaseBackup.Database postgres = new DatabaseBackup.Database("jdbc:postgresql://db/regional_tc", "u", "p");
        assertThatThrownBy(() -> backup(postgres, dir.resolve("x"))).isInstanceOf(Conflict.class)
            .hasMessageContaining("error.cli.backupOnPostgres");
        assertThatThrownBy(() -> restore(postgres, dir.resolve("x"))).isInstanceOf(Conflict.class)
            .hasMessageContaining("error.cli.backupOnPostgres");
    }
}

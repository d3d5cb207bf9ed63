package org.regionaltc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's PostgreSQL backup, exactly as written there: pg_dump -Fc as the owner, then pg_restore --clean
 * --if-exists --no-owner --role=owner. Runs in the -Ppostgres suite when both tools are on the PATH.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostgresBackupTests {

    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }

    private void run(List<String> command, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(dir.resolve("tool.log").toFile());
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(dir.resolve("tool.log")))
            .isZero();
    }

    @Test
    void aDumpRestoredWithTheDocumentedCommandsGivesBackEveryRowOfEveryTable() throws Exception {
        String url = environment.getProperty("spring.datasource.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "the PostgreSQL path runs in the -Ppostgres suite");
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not on the PATH");
        // The dump is restored into a second database (.ci/run creates it, owned by the owner): restoring over the
        // suite's own database would pull tables from under the test contexts that share it.
        String scratch = System.getenv("DB_SCRATCH_URL");
        assumeTrue(scratch != null && !scratch.isBlank(), "DB_SCRATCH_URL names no database to restore into");
        String owner = environment.getRequiredProperty("spring.flyway.user");
        String password = environment.getProperty("spring.flyway.password", "");
        String application = environment.getRequiredProperty("spring.datasource.username");
        jdbc.sql("INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id) "
            + "VALUES (CURRENT_TIMESTAMP, 'backup-test', 'CREATE', 'Country', 'HN')").update();
        Path dump = dir.resolve("regional-tc.dump");
        Map<String, List<String>> before;
        try (Connection asOwner = DriverManager.getConnection(url, owner, password)) {
            before = TableRows.of(asOwner);
            List<String> pgDump = new ArrayList<>(List.of("pg_dump", "-Fc", "-f", dump.toString()));
            pgDump.addAll(connection(url, owner));
            run(pgDump, password);
        }
        // Written after the dump: the restored database must not have it.
        jdbc.sql("INSERT INTO audit_entry (occurred_at, actor, action, entity_type, entity_id) "
            + "VALUES (CURRENT_TIMESTAMP, 'after-the-backup', 'UPDATE', 'Country', 'HN')").update();

        try (Connection asOwner = DriverManager.getConnection(scratch, owner, password)) {
            asOwner.createStatement().execute("DROP SCHEMA IF EXISTS public CASCADE");
            asOwner.createStatement().execute("CREATE SCHEMA public");
        }
        List<String> pgRestore = new ArrayList<>(List.of("pg_restore", "--clean", "--if-exists", "--no-owner",
            "--role=" + owner));
        pgRestore.addAll(connection(scratch, owner));
        pgRestore.add(dump.toString());
        run(pgRestore, password);

        try (Connection asOwner = DriverManager.getConnection(scratch, owner, password)) {
            assertThat(TableRows.of(asOwner)).isEqualTo(before);
            try (var privilege = asOwner.prepareStatement("SELECT has_table_privilege(?, 'audit_entry', 'DELETE')")) {
                privilege.setString(1, application);
                try (var row = privilege.executeQuery()) {
                    row.next();
                    assertThat(row.getBoolean(1))
                        .as("the restored grants keep the application to INSERT and SELECT on the trail").isFalse();
                }
            }
        }
    }

    private static List<String> connection(String jdbcUrl, String user) {
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()).split("\\?", 2)[0]);
        return List.of("-h", server.getHost(), "-p", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()),
            "-U", user, "-d", server.getPath().substring(1));
    }
}

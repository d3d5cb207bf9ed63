package org.regionaltc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.Application;

/**
 * The README's backup and restore as an operator runs them, two real processes on the default H2 files: a backup
 * while the server runs, a restore refused while it runs and done once it is stopped.
 */
class BackupWhileServerRunsTests {

    @TempDir
    Path dir;

    private ProcessBuilder java(String name, int port, Map<String, String> extra, String... args) {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
            "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.remove("SPRING_PROFILES_ACTIVE");
        // The -Ppostgres suite's credentials are not the embedded database's.
        List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_OWNER", "DB_OWNER_PASSWORD").forEach(env::remove);
        env.put("PORT", String.valueOf(port));
        env.put("TC_DEMO", "true");
        env.putAll(extra);
        return builder;
    }

    private String log(String name) throws IOException {
        File file = dir.resolve(name + ".log").toFile();
        return file.exists() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
    }

    private int command(String name, Map<String, String> extra, String... args) throws Exception {
        Process cli = java(name, 0, extra, args).start();
        assertThat(cli.waitFor(4, TimeUnit.MINUTES)).isTrue();
        return cli.exitValue();
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/regional-tc")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE", "sa", "");
    }

    @Test
    void aBackupTakenWhileTheServerRunsRestoresOnceItIsStoppedAndRestoreIsRefusedBefore() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Process server = java("server", port, Map.of()).start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            boolean up = false;
            while (!up && Instant.now().isBefore(deadline) && server.isAlive()) {
                try {
                    up = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
            assertThat(up).as(log("server")).isTrue();

            assertThat(command("backup", Map.of(), "db", "backup", "--output", "backup.sql.gz")).as(log("backup")).isZero();
            assertThat(log("backup")).contains("audit_entry:").containsPattern("\\[\\d+/\\d+\\] ")
                .containsPattern("Backed up \\d+ tables, \\d+ rows");

            assertThat(command("refused", Map.of(), "db", "restore", "--input", "backup.sql.gz")).isEqualTo(1);
            assertThat(log("refused")).contains("is in use (is the server running?)").doesNotContain("Exception");
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        assertThat(command("restore-running", Map.of(), "db", "restore", "--input", "backup.sql.gz"))
            .as(log("restore-running")).isZero();
        Map<String, List<String>> atTheBackup;
        try (Connection db = database()) {
            atTheBackup = TableRows.of(db);
        }
        assertThat(command("backup-stopped", Map.of(), "db", "backup", "--output", "stopped.sql.gz")).isZero();
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO audit_entry (occurred_at, actor, action, entity_type) "
                + "VALUES (CURRENT_TIMESTAMP, 'after the backup', 'CREATE', 'Country')");
            sql.execute("UPDATE country SET profile_notes = 'after the backup'");
        }

        assertThat(command("restore", Map.of(), "db", "restore", "--input", "stopped.sql.gz")).as(log("restore")).isZero();

        assertThat(log("restore")).contains("restored 100%");
        try (Connection db = database()) {
            assertThat(TableRows.of(db)).isEqualTo(atTheBackup);
        }
        assertThat(command("postgres", Map.of("SPRING_PROFILES_ACTIVE", "postgres",
            "DB_URL", "jdbc:postgresql://127.0.0.1:1/none"), "db", "backup", "--output", "x")).isEqualTo(1);
        assertThat(log("postgres")).contains("pg_dump -Fc").contains("pg_restore --clean --if-exists --no-owner");
    }
}

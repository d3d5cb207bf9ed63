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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionaltc.Application;

/**
 * The README's {@code users add} while the server runs on the default H2 files: two real processes, as an operator
 * would run them, in an empty directory so that both use the default database URL under ./data.
 */
class CommandLineWhileServerRunsTests {

    private static final String PASSWORD = "a-long-enough-password";

    @TempDir
    Path dir;

    private ProcessBuilder java(String name, int port, String... args) {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            // What the jar's manifest grants (Enable-Native-Access): Lucene and OR-Tools call native code.
            "--enable-native-access=ALL-UNNAMED",
            "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
            .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.remove("SPRING_PROFILES_ACTIVE");
        env.remove("DB_URL");
        env.put("PORT", String.valueOf(port));
        env.put("TC_DEMO", "false");
        env.put("TC_PASSWORD", PASSWORD);
        return builder;
    }

    private String log(String name) throws IOException {
        File file = dir.resolve(name + ".log").toFile();
        return file.exists() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
    }

    @Test
    void usersAddWorksWhileTheServerHoldsTheDatabaseAndTheNewUserSignsIn() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Process server = java("server", port).start();
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

            Process cli = java("cli", port, "users", "add", "--username", "carla.cli", "--name", "Carla CLI",
                "--role", "OFFICER").start();
            assertThat(cli.waitFor(4, TimeUnit.MINUTES)).isTrue();
            assertThat(cli.exitValue()).as(log("cli")).isZero();
            assertThat(log("cli")).contains("Created user carla.cli").doesNotContainPattern("(?i)\\block");

            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("carla.cli:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(me.body()).contains("\"displayName\":\"Carla CLI\"");
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }
}

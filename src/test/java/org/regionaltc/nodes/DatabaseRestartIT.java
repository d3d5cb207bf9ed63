package org.regionaltc.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped and started again under a running application, on a throwaway cluster of the test's own
 * (initdb on a free port, as the postgres OS user), never on the server the rest of the suite uses. While it is
 * away every request answers 503 with Retry-After within the pool's connection timeout; when it is back the same
 * process serves again, and a browser signed in before the restart is still signed in. Runs in the -Ppostgres run;
 * skipped, with the reason, where no private cluster can be made (not root, no PostgreSQL binaries).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DatabaseRestartIT {

    private static final String PASSWORD = "database-restart-password";
    /** The pool's connection timeout (5 s, application-postgres.properties) and a margin for a loaded machine. */
    private static final Duration QUICK = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @Test
    void whilePostgresqlRestartsRequestsAnswer503AndTheSameProcessServesAgainWhenItIsBack() throws Exception {
        assumeTrue(AppNode.onPostgres(), "runs in the -Ppostgres run");
        try (PrivateCluster cluster = PrivateCluster.create()) {
            Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "DB_URL", cluster.jdbcUrl(),
                "DB_USER", "postgres", "DB_PASSWORD", "");
            AppNode.addUser(dir, env, "restart.officer", "OFFICER", PASSWORD);
            try (AppNode node = AppNode.start("restart", dir, env)) {
                AppNode.Browser browser = new AppNode.Browser();
                assertThat(browser.signIn(node, "restart.officer", PASSWORD)).doesNotContain("error");
                assertThat(browser.get(node, "/funding/ledger?lang=es").statusCode()).isEqualTo(200);
                HttpClient http = HttpClient.newHttpClient();
                HttpRequest api = node.api("/api/ledger-entries", "restart.officer", PASSWORD).GET().build();
                HttpRequest health = HttpRequest.newBuilder(node.uri("/actuator/health")).GET().build();
                assertThat(http.send(api, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                long pid = node.process().pid();

                cluster.stop();

                long start = System.nanoTime();
                HttpResponse<String> page = browser.get(node, "/funding/ledger");
                System.out.printf("DatabaseRestartIT: page answered %d after %d ms with the database away%n",
                    page.statusCode(), (System.nanoTime() - start) / 1_000_000);
                assertThat(page.statusCode()).as("the node's log:%n%s", node.log()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(page.body()).contains("No se puede acceder a la base de datos por el momento");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);

                start = System.nanoTime();
                HttpResponse<String> json = http.send(api, HttpResponse.BodyHandlers.ofString());
                System.out.printf("DatabaseRestartIT: API answered %d after %d ms with the database away%n",
                    json.statusCode(), (System.nanoTime() - start) / 1_000_000);
                assertThat(json.statusCode()).as("the node's log:%n%s", node.log()).isEqualTo(503);
                assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(json.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(json.body()).contains("\"status\":503").contains("The database cannot be reached");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK);

                HttpResponse<String> down = http.send(health, HttpResponse.BodyHandlers.ofString());
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).contains("DOWN");

                cluster.start();

                start = System.nanoTime();
                HttpResponse<String> back = awaitStatus(browser, node, "/funding/ledger", 200, Duration.ofMinutes(1));
                System.out.printf("DatabaseRestartIT: pages served again %d ms after the database was back%n",
                    (System.nanoTime() - start) / 1_000_000);
                assertThat(back.body()).as("still signed in, in Spanish").contains("restart.officer")
                    .contains("lang=\"es\"");
                assertThat(http.send(api, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).body()).contains("UP");
                assertThat(node.process().isAlive()).isTrue();
                assertThat(node.process().pid()).as("the same process, not restarted").isEqualTo(pid);
            }
        }
    }

    private static HttpResponse<String> awaitStatus(AppNode.Browser browser, AppNode node, String path, int status,
            Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last;
        do {
            last = browser.get(node, path);
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " still answers " + last.statusCode() + " " + timeout + " after the restart");
    }

    /** A PostgreSQL cluster of the test's own, run by the postgres OS user, removed at the end. */
    static final class PrivateCluster implements AutoCloseable {

        private final Path bin;
        private final String dir;
        private final int port;

        private PrivateCluster(Path bin, String dir, int port) {
            this.bin = bin;
            this.dir = dir;
            this.port = port;
        }

        static PrivateCluster create() throws IOException, InterruptedException {
            if (!"root".equals(System.getProperty("user.name"))) {
                abort("needs root, to run initdb and pg_ctl as the postgres OS user (.ci/run runs as root)");
            }
            Path bin = newestPostgresBin();
            if (bin == null || !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
                abort("no PostgreSQL binaries under /usr/lib/postgresql/*/bin, or no runuser");
            }
            Run made = asPostgres("mktemp", "-d", "/tmp/tc-faults-pg-XXXXXX");
            if (made.exit() != 0) {
                abort("cannot make a directory as the postgres OS user: " + made.output());
            }
            PrivateCluster cluster = new PrivateCluster(bin, made.output().strip(), AppNode.freePort());
            Run init = asPostgres(bin.resolve("initdb").toString(), "-D", cluster.dir + "/data", "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync");
            if (init.exit() != 0) {
                cluster.close();
                abort("initdb failed: " + init.output());
            }
            cluster.start();
            Run db = asPostgres(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p",
                String.valueOf(cluster.port), "-U", "postgres", "regional_tc");
            assertThat(db.exit()).as(db.output()).isZero();
            return cluster;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/regional_tc";
        }

        void start() throws IOException, InterruptedException {
            Run run = asPostgres(bin.resolve("pg_ctl").toString(), "-D", dir + "/data", "-l", dir + "/server.log",
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
            assertThat(run.exit()).as("pg_ctl start: " + run.output()).isZero();
        }

        void stop() throws IOException, InterruptedException {
            Run run = asPostgres(bin.resolve("pg_ctl").toString(), "-D", dir + "/data", "-w", "-t", "60", "-m", "fast",
                "stop");
            assertThat(run.exit()).as("pg_ctl stop: " + run.output()).isZero();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            asPostgres(bin.resolve("pg_ctl").toString(), "-D", dir + "/data", "-w", "-m", "immediate", "stop");
            asPostgres("rm", "-rf", dir);
        }

        private static Path newestPostgresBin() throws IOException {
            Path root = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(root)) {
                return null;
            }
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                        .replaceAll("\\D", "0"))))
                    .orElse(null);
            }
        }

        record Run(int exit, String output) {}

        private static Run asPostgres(String... command) throws IOException, InterruptedException {
            List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
            all.addAll(List.of(command));
            Process process = new ProcessBuilder(all).directory(new File("/")).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Run(-1, "timed out: " + output);
            }
            return new Run(process.exitValue(), output);
        }
    }
}

package org.regionaltc.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two packaged jars on different ports on one PostgreSQL database, as two nodes behind a load balancer: they start
 * at once on an empty schema (Flyway's lock), share sessions, the sign-in throttle and every cached result, follow
 * each other's changes into their own search indexes, run each scheduled job once between them, and one of them
 * killed under load leaves the other serving everyone, the users who signed in on the dead one included.
 * PostgreSQL only: on H2 each process has its own database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TwoNodesIT {

    private static final String PASSWORD = "two-nodes-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern RUN = Pattern.compile(
        "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)\\.\\d+.*Expired-session cleanup ran", Pattern.MULTILINE);

    private static final String SKIPPED = "Not executing 'expired-session-cleanup'";

    private static Path dir;
    private static String schema;
    private static String url;
    private static Map<String, String> env;
    private static AppNode a;
    private static AppNode b;
    private static String officer;

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptySchema() throws Exception {
        assumeTrue(AppNode.onPostgres(), "two nodes share one database only on PostgreSQL (run with -Ppostgres)");
        dir = Files.createTempDirectory("two-nodes");
        schema = "two_nodes_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = asOwner(System.getenv("DB_URL")); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String base = System.getenv("DB_URL");
        url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        env = new HashMap<>(AppNode.postgres());
        env.put("DB_URL", url);
        String[] everySecond = {"-Dtc.jobs.session-cleanup-cron=*/2 * * * * *",
            "-Dtc.jobs.agreement-reminder-cron=*/2 * * * * *",
            "-Dlogging.level.org.regionaltc.system.ExpiredSessions=DEBUG",
            "-Dlogging.level.net.javacrumbs.shedlock=DEBUG"};
        CompletableFuture<AppNode> first = CompletableFuture.supplyAsync(() -> start("a", everySecond));
        CompletableFuture<AppNode> second = CompletableFuture.supplyAsync(() -> start("b", everySecond));
        try {
            a = first.join();
        } finally {
            // Whichever started is closed after all (@AfterAll) even if the other did not.
            b = second.join();
        }
        officer = "officer." + UUID.randomUUID().toString().substring(0, 6);
        AppNode.addUser(dir, env, officer, "OFFICER", PASSWORD);
    }

    private static AppNode start(String name, String... options) {
        Map<String, String> own = new HashMap<>(env);
        own.put("SEARCH_INDEX_DIR", dir.resolve(name + "-search-index").toString());
        try {
            return AppNode.start(name, dir, own, options);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AppNode node : new AppNode[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (schema != null) {
            try (Connection c = asOwner(System.getenv("DB_URL")); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesMigratedTheEmptySchemaOnceBetweenThem() throws Exception {
        List<String> versions = new ArrayList<>();
        query("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success ORDER BY installed_rank",
            rs -> versions.add(rs.getString(1)));
        assertThat(versions).contains("001", "067", "067.1").doesNotHaveDuplicates();
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();
    }

    @Test
    @Order(2)
    void aSessionCreatedOnNodeAIsValidOnNodeB() throws Exception {
        AppNode.Browser browser = new AppNode.Browser();
        assertThat(browser.signIn(a, officer, PASSWORD)).doesNotContain("error");
        HttpResponse<String> onB = browser.get(b, "/account/password");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(browser.get(b, "/").body()).contains(officer);
        // A form whose CSRF token node B read is accepted by node A: the token lives in the shared session.
        HttpResponse<String> signOut = browser.post(b, "/", "/logout", Map.of());
        assertThat(signOut.headers().firstValue("Location").orElse("")).contains("logout");
        assertThat(browser.get(a, "/account/password").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(3)
    void aLockoutReachedThroughBothNodesHoldsOnBoth() throws Exception {
        String victim = anotherUser("locked", "OFFICER");
        // Five failures (tc.security.max-failed-logins), three through A and two through B: a per-node count would
        // have locked neither node.
        for (int i = 0; i < 5; i++) {
            assertThat(new AppNode.Browser().signIn(i % 2 == 0 ? a : b, victim, "wrong-" + i)).contains("error");
        }
        assertThat(new AppNode.Browser().signIn(a, victim, PASSWORD)).contains("error");
        assertThat(new AppNode.Browser().signIn(b, victim, PASSWORD)).contains("error");
        assertThat(api(b, "GET", "/api/projects?size=1", null, victim).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void aChangeThroughNodeAIsSeenThroughNodeBAtOnce() throws Exception {
        long cycle = insert("""
            INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
            VALUES ('Two nodes cycle', DATE '2031-01-01', DATE '2032-01-01', DATE '2031-01-01', 'ENDORSED')""");
        long priority = insert("""
            INSERT INTO priority (cycle_id, level, country_code, thematic_area_code, title, priority_rank, weight, status)
            VALUES (%d, 'NATIONAL', 'PE', 'A1', 'Peru clean production', 1, 0.8, 'SUBMITTED')""".formatted(cycle));
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HttpResponse<String> created = api(a, "POST", "/api/projects", """
            {"identifier": "XM-DAC-41123-PROJECT-T%s", "titleEn": "Cleaner %s", "scope": "NATIONAL", "currency": "USD",
             "totalBudget": 100000, "countries": {"PE": 100}, "sectors": {"41010": 100}, "themes": ["A1"]}"""
            .formatted(word.substring(2), word), officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long project = JSON.readTree(created.body()).get("id").asLong();
        long start = System.nanoTime();
        while (hits(b, word) == 0 && System.nanoTime() - start < Duration.ofSeconds(2).toNanos()) {
            Thread.sleep(50);
        }
        assertThat(hits(b, word)).as("the project created through A is searchable on node B within 2 s").isEqualTo(1);

        // Node B reads (and may keep) the scores and the coverage before the change.
        double before = score(b, project);
        assertThat(projectsServing(b, priority)).isZero();

        HttpResponse<String> linked = api(a, "PUT", "/api/projects/" + project + "/priorities",
            "[{\"priorityId\": %d, \"strength\": \"STRONG\"}]".formatted(priority), officer);
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);

        assertThat(score(b, project)).isGreaterThan(before);
        assertThat(projectsServing(b, priority)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void eachScheduledJobRunsOnceAcrossTheNodes() throws Exception {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        long agreement = insert("""
            INSERT INTO agreement (title, kind, status, renewal_on)
            VALUES ('Two nodes agreement', 'MEMORANDUM_OF_UNDERSTANDING', 'ACTIVE', DATE '%s')""".formatted(due));
        AppNode.Browser expiring = new AppNode.Browser();
        assertThat(expiring.signIn(b, officer, PASSWORD)).doesNotContain("error");
        assertThat(expiring.get(a, "/account/password").statusCode()).isEqualTo(200);
        execute("UPDATE spring_session SET expiry_time = 0 WHERE principal_name = '" + officer + "'");

        long start = System.nanoTime();
        while ((count("SELECT COUNT(*) FROM agreement_reminder WHERE agreement_id = " + agreement) == 0
                || count("SELECT COUNT(*) FROM spring_session WHERE expiry_time = 0") > 0)
                && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
            Thread.sleep(200);
        }
        Thread.sleep(6000); // three more runs of every job, a chance for either node to repeat one
        assertThat(count("SELECT COUNT(*) FROM agreement_reminder WHERE agreement_id = " + agreement)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'AgreementReminder' AND entity_id = '"
            + agreement + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM spring_session WHERE expiry_time = 0")).isZero();
        assertThat(expiring.get(a, "/account/password").statusCode()).isEqualTo(302);

        // Every two seconds both nodes fire the cleanup and one runs it: each even second appears at most once in the
        // two logs together (the lock is held for at least a second, longer than the nodes' firings differ).
        List<String> runs = new ArrayList<>(runSeconds(a));
        runs.addAll(runSeconds(b));
        assertThat(runs).hasSizeGreaterThan(2).doesNotHaveDuplicates();
        // ... and the other node fired too, but found the job locked (ShedLock's own debug line).
        assertThat(a.log().contains(SKIPPED) || b.log().contains(SKIPPED)).as("a firing skipped by the lock").isTrue();
    }

    @Test
    @Order(6)
    void nodeAKilledUnderLoadLeavesNodeBServingEveryoneSignedInOnA() throws Exception {
        int users = 4;
        List<AppNode.Browser> browsers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String name = anotherUser("load" + i, i % 2 == 0 ? "OFFICER" : "FOCAL_POINT");
            AppNode.Browser browser = new AppNode.Browser();
            assertThat(browser.signIn(a, name, PASSWORD)).doesNotContain("error");
            browsers.add(browser);
            names.add(name);
        }
        // What a load balancer does: send each request to a node it believes alive; a request that fails to connect
        // or is cut off (node A killed mid-request) is retried once on the other node, as nginx's proxy_next_upstream
        // does for a GET.
        AtomicBoolean aAlive = new AtomicBoolean(true);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger served = new AtomicInteger();
        AtomicInteger servedByBForUsersOfA = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            AppNode.Browser browser = browsers.get(i);
            String name = names.get(i);
            running.add(clients.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    String path = List.of("/", "/projects", "/account/password").get(n++ % 3);
                    AppNode target = aAlive.get() ? (n % 2 == 0 ? a : b) : b;
                    HttpResponse<String> response;
                    try {
                        response = browser.get(target, path);
                    } catch (IOException cutOff) {
                        try {
                            target = b;
                            response = browser.get(b, path);
                        } catch (IOException | InterruptedException e) {
                            errors.add(path + " on b after a failure: " + e);
                            continue;
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (response.statusCode() != 200 || !response.body().contains(name)) {
                        errors.add(path + " on " + (target == a ? "a" : "b") + ": " + response.statusCode()
                            + (response.statusCode() == 200 ? " without the user's name" : ""));
                    } else {
                        served.incrementAndGet();
                        if (target == b && !aAlive.get()) {
                            servedByBForUsersOfA.incrementAndGet();
                        }
                    }
                }
            }));
        }
        Thread.sleep(5000);
        int beforeKill = served.get();
        a.kill();
        aAlive.set(false);
        Thread.sleep(6000);
        stop.set(true);
        for (Future<?> client : running) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        System.out.printf("two nodes under load: %d pages served (%d before node A was killed, %d by B after), "
            + "errors: %s%n", served.get(), beforeKill, servedByBForUsersOfA.get(), errors);
        assertThat(errors).isEmpty();
        assertThat(beforeKill).isPositive();
        assertThat(servedByBForUsersOfA.get()).as("pages node B served after A died").isGreaterThan(users);
        a = null; // killed: nothing to close
    }

    /**
     * An account with the officer's password, written straight to the database: the CLI (one JVM start each) made
     * only the first one.
     */
    private static String anotherUser(String prefix, String role) throws SQLException {
        String name = prefix + "." + UUID.randomUUID().toString().substring(0, 6);
        long id = insert("""
            INSERT INTO app_user (username, display_name, password_hash, role, created_at)
            SELECT '%s', '%s', password_hash, '%s', created_at FROM app_user WHERE username = '%s'"""
            .formatted(name, name, role, officer));
        if (role.equals("FOCAL_POINT")) {
            execute("INSERT INTO app_user_country (user_id, country_code) VALUES (" + id + ", 'PE')");
        }
        return name;
    }

    private static double score(AppNode node, long project) throws Exception {
        HttpResponse<String> response = api(node, "GET", "/api/projects/" + project + "/alignment", null, officer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("score").asDouble();
    }

    private static int projectsServing(AppNode node, long priority) throws Exception {
        HttpResponse<String> response = api(node, "GET", "/api/coverage/priorities", null, officer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode row : JSON.readTree(response.body())) {
            if (row.get("priorityId").asLong() == priority) {
                return row.get("projects").asInt();
            }
        }
        throw new AssertionError("priority " + priority + " is not in the coverage of node " + node.port());
    }

    private static long hits(AppNode node, String word) throws Exception {
        HttpResponse<String> response = api(node, "GET", "/api/search?q=" + word, null, officer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("total").asLong();
    }

    private static List<String> runSeconds(AppNode node) {
        List<String> seconds = new ArrayList<>();
        Matcher m = RUN.matcher(node.log());
        while (m.find()) {
            seconds.add(m.group(1));
        }
        return seconds;
    }

    private static HttpResponse<String> api(AppNode node, String method, String path, String body, String user)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The schema's owner, who runs the migrations when the database has two roles (see .ci/run). */
    private static Connection asOwner(String jdbcUrl) throws SQLException {
        String owner = System.getenv("DB_OWNER");
        if (owner == null || owner.isBlank()) {
            return connect(jdbcUrl);
        }
        String password = System.getenv("DB_OWNER_PASSWORD");
        return DriverManager.getConnection(jdbcUrl, owner, password == null ? "" : password);
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        String password = System.getenv("DB_PASSWORD");
        return DriverManager.getConnection(jdbcUrl, System.getenv("DB_USER"), password == null ? "" : password);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, Row row) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        long[] n = new long[1];
        query(sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long insert(String sql) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        }
    }
}

package org.regionaltc.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.regionaltc.Application;
import org.regionaltc.account.AccountAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Serves the 20,000-project portfolio of {@link AlignmentBenchmark} with 500,000 ledger rows (25 per project,
 * every entry type, every financing body) for a load generator: signs an officer in, writes the session cookie
 * to {@code target/bench/dashboard-cookie.txt}, times the officer's first (cold) and second dashboard and the
 * review report PDF of the benchmark cycle, then keeps serving until {@code target/bench/dashboard-stop} exists. Run by bench/dashboard.sh, which drives wrk.
 */
public final class DashboardBenchmark {

    static final int LEDGER_ROWS = 500_000;
    private static final String PASSWORD = "a-long-enough-benchmark-password";
    private static final String[] TYPES = {"PLEDGE", "COMMITMENT", "RECEIPT", "ALLOTMENT", "EXPENDITURE"};

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        Path cookieFile = dir.resolve("dashboard-cookie.txt");
        Path stop = dir.resolve("dashboard-stop");
        Files.deleteIfExists(cookieFile);
        Files.deleteIfExists(stop);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties("tc.demo.enabled=false", "logging.level.root=WARN")
                .run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            AlignmentBenchmark.load(jdbc);
            loadLedger(jdbc);
            String officer = "bench-officer-" + System.nanoTime();
            context.getBean(AccountAdministration.class).create(officer, PASSWORD, "Benchmark officer", null, "OFFICER",
                List.of(), null);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://localhost:" + port;
            CookieManager cookies = new CookieManager();
            HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
            ReportBenchmark.signIn(http, base, officer);
            for (String run : List.of("cold", "warm")) {
                long start = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/dashboard")).build(),
                    HttpResponse.BodyHandlers.ofString());
                System.out.printf("dashboard %s: %d ms, HTTP %d, %d chars%n", run, (System.nanoTime() - start) / 1_000_000,
                    r.statusCode(), r.body().length());
            }
            // The review report of the full benchmark cycle, as the secretariat downloads it: first, then again.
            long cycle = jdbc.queryForObject("SELECT MAX(id) FROM review_cycle", Long.class);
            for (int run = 1; run <= 4; run++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/cycles/" + cycle + "/report.pdf?lang=es")).build(), HttpResponse.BodyHandlers.ofByteArray());
                System.out.printf("review report PDF, run %d: %d ms, HTTP %d, %d bytes%n", run,
                    (System.nanoTime() - start) / 1_000_000, r.statusCode(), r.body().length);
            }
            String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
            Files.writeString(cookieFile, "JSESSIONID=" + session + "\n" + port + "\n");
            System.out.println("serving on " + base + " until " + stop + " exists");
            while (!Files.exists(stop)) {
                Thread.sleep(500);
            }
        }
    }

    /** 25 ledger rows per benchmark project, in USD, spread over the financing bodies, types and five years. */
    static void loadLedger(JdbcTemplate jdbc) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE reference = 'bench'", Integer.class);
        if (present != null && present >= LEDGER_ROWS) {
            System.out.println("ledger: already loaded");
            return;
        }
        long start = System.nanoTime();
        List<String> bodies = jdbc.queryForList("SELECT code FROM financing_body ORDER BY code", String.class);
        Random random = new Random(11);
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> rows = new ArrayList<>();
        int perProject = LEDGER_ROWS / AlignmentBenchmark.PROJECTS;
        for (int p = 0; p < AlignmentBenchmark.PROJECTS; p++) {
            for (int i = 0; i < perProject; i++) {
                long cents = 1_000_000L + random.nextInt(50_000_000);
                java.math.BigDecimal amount = java.math.BigDecimal.valueOf(cents, 2);
                rows.add(new Object[] {TYPES[i % TYPES.length], bodies.get(random.nextInt(bodies.size())),
                    AlignmentBenchmark.BASE + p, Date.valueOf(LocalDate.of(2021 + i % 5, 1 + random.nextInt(12), 1)),
                    amount, amount, now});
            }
            if (rows.size() >= 10_000) {
                insert(jdbc, rows);
            }
        }
        insert(jdbc, rows);
        System.out.printf("ledger: %,d rows in %d s%n", LEDGER_ROWS, (System.nanoTime() - start) / 1_000_000_000);
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                INSERT INTO ledger_entry (entry_type, body_code, project_id, entry_date, currency, amount, usd_rate,
                    amount_usd, reference, created_at)
                VALUES (?, ?, ?, ?, 'USD', ?, 1, ?, 'bench', ?)""", rows);
        rows.clear();
    }
}

package org.regionaltc.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regionaltc.Application;
import org.regionaltc.account.AccountAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the exports and the review report over HTTP on the 20,000-project portfolio of {@link AlignmentBenchmark},
 * beside a static file (ECharts, 1 MB) from the same server in the same run: the projects XLSX and CSV, the
 * review report PDF of a full cycle, the officer's dashboard JSON. Reports the heap's peak after each export
 * to show the workbook does not grow with the rows. Run by bench/report.sh, not by the suite.
 */
public final class ReportBenchmark {

    static final int RUNS = 7;
    private static final String PASSWORD = "a-long-enough-benchmark-password";

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties("tc.demo.enabled=false", "logging.level.root=WARN", "server.port=0")
                .run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            AlignmentBenchmark.load(jdbc);
            long cycle = jdbc.queryForObject("SELECT MAX(id) FROM review_cycle", Long.class);
            String officer = "bench-officer-" + System.nanoTime();
            context.getBean(AccountAdministration.class).create(officer, PASSWORD, "Benchmark officer", null, "OFFICER",
                List.of(), null);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(http, base, officer);
            System.out.printf("%-44s %10s %10s %10s %12s %14s%n", "GET", "median ms", "max ms", "min ms", "bytes",
                "heap peak MB");
            time(http, base + "/js/echarts.min.js", "static file (reference)");
            time(http, base + "/projects.xlsx", "projects XLSX (20,000 rows)");
            time(http, base + "/projects.xlsx?country=PE", "projects XLSX, one country's");
            time(http, base + "/projects.csv", "projects CSV (20,000 rows)");
            time(http, base + "/cycles/" + cycle + "/report.pdf?lang=es", "review report PDF of a full cycle");
            time(http, base + "/api/dashboard", "dashboard JSON, officer");
            time(http, base + "/", "home page with the dashboard, officer");
        }
    }

    static void signIn(HttpClient http, String base, String username) throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
        }
    }

    private static void time(HttpClient http, String url, String name) throws Exception {
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        resetPeaks();
        for (int run = 0; run < RUNS + 2; run++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            long took = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            bytes = response.body().length;
            if (run >= 2) {
                millis.add(took);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-44s %10d %10d %10d %12d %14d%n", name, millis.get(RUNS / 2), millis.getLast(),
            millis.getFirst(), bytes, heapPeakMegabytes());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}

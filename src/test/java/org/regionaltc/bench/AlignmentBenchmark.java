package org.regionaltc.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.regionaltc.Application;
import org.regionaltc.alignment.Alignment;
import org.regionaltc.alignment.Coverage;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads 20,000 projects, 100,000 priority links and 1,000,000 indicator values into the configured database
 * (once), then times the coverage and portfolio-alignment queries after an edit of one project, after a change that
 * invalidates every score, and with nothing changed. Run by bench/alignment.sh, not by the suite.
 */
public final class AlignmentBenchmark {

    static final int PROJECTS = 20_000;
    static final int LINKS_PER_PROJECT = 5;
    static final int INDICATORS_PER_PROJECT = 5;
    static final int YEARS = 5;
    static final long BASE = 50_000_000L;
    static final int WARM_UPS = 3;
    static final int RUNS = 10;

    private static final String[] COUNTRIES = {"AG", "AR", "BS", "BB", "BZ", "BO", "BR", "CL", "CO", "CR", "CU", "DM",
        "DO", "EC", "SV", "GD", "GT", "GY", "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "KN", "LC", "VC", "SR",
        "TT", "UY", "VE"};
    private static final String[] GROUPINGS = {"SICA", "CARICOM", "OECS", "CAN", "MERCOSUR"};
    private static final String[] THEMES = {"A1", "A2", "A3", "A4", "B1", "B2", "B3", "C1", "C2", "C3", "C4", "C5", "C6", "X"};
    private static final String[] STATUSES = {"IDENTIFICATION", "FORMULATION", "APPRAISAL", "APPROVED", "IMPLEMENTATION",
        "IMPLEMENTATION", "IMPLEMENTATION", "OPERATIONALLY_COMPLETED", "FINANCIALLY_CLOSED", "CANCELLED"};

    private AlignmentBenchmark() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("tc.demo.enabled=false", "logging.level.root=WARN")
                .run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()
                + " " + c.getMetaData().getDatabaseProductVersion());
            System.out.println("database: " + database);
            load(jdbc);
            Coverage coverage = context.getBean(Coverage.class);
            Alignment alignment = context.getBean(Alignment.class);
            boolean postgres = database.toLowerCase(java.util.Locale.ROOT).contains("postgres");
            Random random = new Random(7);
            // A real edit of one project before each run: its links change strength, which the triggers write down.
            Runnable oneProject = () -> jdbc.update("""
                    UPDATE project_priority SET strength = CASE strength WHEN 'STRONG' THEN 'PARTIAL' ELSE 'STRONG' END
                    WHERE project_id = ?""", BASE + random.nextInt(PROJECTS));
            // What a newly endorsed cycle, a change of grouping membership or of the settings causes: every kept
            // score is recomputed (on H2 nothing is kept, so this is the same as an edit).
            Runnable everything = postgres
                ? () -> {
                    jdbc.update("INSERT INTO alignment_change (project_id) VALUES (NULL)");
                    jdbc.update("UPDATE alignment_generation SET generation = generation + 1 WHERE id = 1");
                }
                : oneProject;
            Runnable nothing = () -> { };
            for (var scenario : List.of(Map.entry("after one project changes", oneProject),
                    Map.entry("after all scores are invalidated", everything),
                    Map.entry("inputs unchanged", nothing))) {
                Runnable before = scenario.getValue();
                System.out.printf("%n%-40s %10s %10s %10s%n", scenario.getKey(), "median ms", "p90 ms", "min ms");
                time("coverage matrix (all priorities)", before,
                    () -> coverage.matrix(Coverage.Filter.none()).strengths().size());
                time("coverage per priority", before, () -> coverage.priorities(Coverage.Filter.none()).size());
                time("gaps", before, () -> coverage.gaps(Coverage.Filter.none()).size());
                time("off-programme projects", before, () -> coverage.offProgramme(Coverage.Filter.none()).size());
                time("portfolio alignment (all projects)", before, () -> (int) alignment.portfolio().budgetWeightedScore());
                time("all projects' scores (project list)", before, () -> alignment.ofAllProjects().size());
                time("one project's explained score", before, () -> alignment.ofProject(BASE + 4242).components().size());
            }
        }
    }

    private static void time(String name, Runnable before, Supplier<Integer> query) {
        for (int i = 0; i < WARM_UPS; i++) {
            before.run();
            query.get();
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            before.run();
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-40s %10d %10d %10d%n", name, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.9) - 1], millis[0]);
    }

    static void load(JdbcTemplate jdbc) {
        Integer loaded = jdbc.queryForObject("SELECT COUNT(*) FROM tc_project WHERE id >= ?", Integer.class, BASE);
        if (loaded != null && loaded >= PROJECTS) {
            System.out.println("data: already loaded");
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(42);
        long cycle = BASE;
        jdbc.update("""
                INSERT INTO review_cycle (id, title, period_start, period_end, submission_deadline, status)
                VALUES (?, 'Benchmark cycle', ?, ?, ?, 'ENDORSED')""", cycle, LocalDate.of(2999, 1, 1),
            LocalDate.of(2999, 12, 31), LocalDate.of(2999, 1, 1));
        List<Object[]> priorities = new ArrayList<>();
        // As the application allows, a project links only priorities that concern one of its countries: its
        // national ones, those of the groupings they belong to, and regional ones.
        Map<String, List<Long>> concerning = new HashMap<>();
        long pid = BASE;
        for (String country : COUNTRIES) {
            for (int rank = 1; rank <= 10; rank++) {
                concerning.computeIfAbsent(country, c -> new ArrayList<>()).add(pid);
                priorities.add(new Object[] {pid++, cycle, "NATIONAL", country, null, pick(random, THEMES), rank, weight(random)});
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        jdbc.query("SELECT grouping_code, country_code FROM grouping_member WHERE left_year IS NULL",
            (java.sql.ResultSet rs) -> {
                members.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(rs.getString(2));
            });
        for (String grouping : GROUPINGS) {
            for (int rank = 1; rank <= 4; rank++) {
                for (String country : members.getOrDefault(grouping, List.of())) {
                    concerning.computeIfAbsent(country, c -> new ArrayList<>()).add(pid);
                }
                priorities.add(new Object[] {pid++, cycle, "SUB_REGIONAL", null, grouping, pick(random, THEMES), rank, weight(random)});
            }
        }
        for (int rank = 1; rank <= 10; rank++) {
            for (String country : COUNTRIES) {
                concerning.computeIfAbsent(country, c -> new ArrayList<>()).add(pid);
            }
            priorities.add(new Object[] {pid++, cycle, "REGIONAL", null, null, pick(random, THEMES), rank, weight(random)});
        }
        jdbc.batchUpdate("""
                INSERT INTO priority (id, cycle_id, level, country_code, grouping_code, thematic_area_code, title,
                                      priority_rank, weight, status)
                VALUES (?, ?, ?, ?, ?, ?, 'Benchmark priority', ?, ?, 'SUBMITTED')""", priorities);
        progress("priorities", priorities.size(), start);
        List<Object[]> projects = new ArrayList<>();
        List<Object[]> countries = new ArrayList<>();
        List<Object[]> themes = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int n = 0; n < PROJECTS; n++) {
            long id = BASE + n;
            projects.add(new Object[] {id, "XM-DAC-41123-BENCH-" + n, "Benchmark project " + n,
                n % 3 == 0 ? "SUB_REGIONAL" : "NATIONAL", STATUSES[random.nextInt(STATUSES.length)],
                BigDecimal.valueOf(50_000 + random.nextInt(4_950_000))});
            int countryCount = n % 3 == 0 ? 3 : 1;
            int first = random.nextInt(COUNTRIES.length);
            List<Long> pool = new ArrayList<>();
            for (int c = 0; c < countryCount; c++) {
                String country = COUNTRIES[(first + c * 7) % COUNTRIES.length];
                pool.addAll(concerning.get(country));
                countries.add(new Object[] {id, country,
                    countryCount == 1 ? new BigDecimal("100") : c == 0 ? new BigDecimal("33.34") : new BigDecimal("33.33")});
            }
            themes.add(new Object[] {id, pick(random, THEMES)});
            java.util.Set<Long> chosen = new java.util.HashSet<>();
            while (chosen.size() < LINKS_PER_PROJECT) {
                chosen.add(pool.get(random.nextInt(pool.size())));
            }
            chosen.forEach(p -> links.add(new Object[] {id, p, random.nextBoolean() ? "STRONG" : "PARTIAL"}));
        }
        batch(jdbc, """
                INSERT INTO tc_project (id, identifier, title_en, scope, status, total_budget, currency, version)
                VALUES (?, ?, ?, ?, ?, ?, 'USD', 0)""", projects, "projects", start);
        batch(jdbc, "INSERT INTO project_country (project_id, country_code, percentage) VALUES (?, ?, ?)", countries,
            "project countries", start);
        batch(jdbc, "INSERT INTO project_theme (project_id, thematic_area_code) VALUES (?, ?)", themes, "project themes", start);
        batch(jdbc, "INSERT INTO project_priority (project_id, priority_id, strength) VALUES (?, ?, ?)", links,
            "priority links", start);
        List<Object[]> outcomes = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        for (int n = 0; n < PROJECTS; n++) {
            outcomes.add(new Object[] {BASE + n, BASE + n});
            for (int i = 0; i < INDICATORS_PER_PROJECT; i++) {
                indicators.add(new Object[] {BASE + (long) n * INDICATORS_PER_PROJECT + i, BASE + n,
                    i % 2 == 0 ? "enterprises" : "tCO2e"});
            }
        }
        batch(jdbc, "INSERT INTO project_outcome (id, project_id, title) VALUES (?, ?, 'Benchmark outcome')", outcomes,
            "outcomes", start);
        batch(jdbc, "INSERT INTO outcome_indicator (id, outcome_id, name, unit) VALUES (?, ?, 'Benchmark indicator', ?)",
            indicators, "indicators", start);
        List<Object[]> values = new ArrayList<>();
        int total = 0;
        for (Object[] indicator : indicators) {
            for (int year = 2021; year < 2021 + YEARS; year++) {
                values.add(new Object[] {indicator[0], year, "TARGET", BigDecimal.valueOf(random.nextInt(1000))});
                values.add(new Object[] {indicator[0], year, "ACTUAL", BigDecimal.valueOf(random.nextInt(1000))});
            }
            if (values.size() >= 100_000) {
                total += values.size();
                batch(jdbc, "INSERT INTO indicator_value (indicator_id, value_year, kind, amount) VALUES (?, ?, ?, ?)",
                    values, "indicator values (" + total + " so far)", start);
                values.clear();
            }
        }
        if (!values.isEmpty()) {
            batch(jdbc, "INSERT INTO indicator_value (indicator_id, value_year, kind, amount) VALUES (?, ?, ?, ?)",
                values, "indicator values", start);
        }
        jdbc.execute("ANALYZE");
        progress("loaded and analyzed", PROJECTS, start);
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows, String what, long start) {
        for (int from = 0; from < rows.size(); from += 5_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
        }
        progress(what, rows.size(), start);
    }

    private static void progress(String what, int rows, long start) {
        System.out.printf("  %,10d %-40s %6.1f s%n", rows, what, (System.nanoTime() - start) / 1e9);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static BigDecimal weight(Random random) {
        return BigDecimal.valueOf(10 + random.nextInt(91), 2);
    }
}

package org.regionaltc.bench;

import org.regionaltc.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrates the configured database and loads the benchmark portfolio once: the 20,000 projects of
 * {@link AlignmentBenchmark} and the 500,000 ledger rows of {@link DashboardBenchmark}, and publishes the approved
 * ones; a second run finds them and loads nothing. Run by bench/load.sh before it starts the packaged jar on the same database.
 */
public final class LoadData {

    private LoadData() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("tc.demo.enabled=false", "logging.level.root=WARN")
                .run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            AlignmentBenchmark.load(jdbc);
            DashboardBenchmark.loadLedger(jdbc);
            // Published as the application publishes them, once approved whatever came later: the public and the
            // donors see these, about 12,000 of the 20,000.
            int published = jdbc.update("""
                    UPDATE tc_project SET published = TRUE
                    WHERE id >= ? AND NOT published
                      AND status IN ('APPROVED', 'IMPLEMENTATION', 'OPERATIONALLY_COMPLETED', 'FINANCIALLY_CLOSED')""",
                AlignmentBenchmark.BASE);
            System.out.printf("published: %,d projects%n", published);
            jdbc.execute("ANALYZE");
        }
    }
}

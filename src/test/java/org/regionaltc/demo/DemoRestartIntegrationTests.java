package org.regionaltc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.Application;
import org.regionaltc.system.DemoParts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application restarted on its own database after the secretariat edited one sample record of every kind: it
 * starts, the edits stay, the rest of the demo is neither doubled nor lost; switched off, the demo removes what was
 * not edited and leaves the edited records alone.
 */
class DemoRestartIntegrationTests {

    /** One edit per kind of sample record, as the pages and the API write it: the value changes, the flag goes. */
    private static final Map<String, String> EDITS = new LinkedHashMap<>();

    static {
        EDITS.put("country profile", """
            UPDATE country SET industrial_policy_title = 'Edited', profile_is_sample = FALSE WHERE code = 'PE'""");
        EDITS.put("review cycle", """
            UPDATE review_cycle SET title = 'Edited' WHERE id = (SELECT MIN(id) FROM review_cycle WHERE is_sample)""");
        EDITS.put("priority", """
            UPDATE priority SET title = 'Edited', is_sample = FALSE
            WHERE id = (SELECT MAX(id) FROM priority WHERE is_sample)""");
        EDITS.put("meeting", """
            UPDATE meeting SET title = 'Edited', is_sample = FALSE WHERE id = (SELECT MIN(id) FROM meeting WHERE is_sample)""");
        EDITS.put("action item", """
            UPDATE action_item SET description = 'Edited', is_sample = FALSE
            WHERE id = (SELECT MAX(id) FROM action_item WHERE is_sample)""");
        EDITS.put("project", """
            UPDATE tc_project SET title_en = 'Edited', is_sample = FALSE
            WHERE identifier = 'XM-DAC-41123-PROJECT-900005'""");
        EDITS.put("outcome", """
            UPDATE project_outcome SET title = 'Edited' WHERE id = (SELECT MIN(o.id) FROM project_outcome o
            JOIN tc_project p ON p.id = o.project_id WHERE p.is_sample)""");
        EDITS.put("indicator", """
            UPDATE outcome_indicator SET name = 'Edited' WHERE id = (SELECT MIN(i.id) FROM outcome_indicator i
            JOIN project_outcome o ON o.id = i.outcome_id JOIN tc_project p ON p.id = o.project_id WHERE p.is_sample)""");
        EDITS.put("eligibility rule", """
            UPDATE eligibility_rule SET name = 'Edited', is_sample = FALSE
            WHERE id = (SELECT MIN(id) FROM eligibility_rule WHERE is_sample)""");
        EDITS.put("funding window", """
            UPDATE funding_window SET name = 'Edited', is_sample = FALSE
            WHERE id = (SELECT MAX(id) FROM funding_window WHERE is_sample)""");
        EDITS.put("contact", """
            UPDATE financing_body_contact SET name = 'Edited'
            WHERE id = (SELECT MIN(id) FROM financing_body_contact WHERE is_sample)""");
        EDITS.put("exchange rate", """
            UPDATE exchange_rate SET source = 'Edited', is_sample = FALSE
            WHERE currency = 'EUR' AND rate_date = DATE '2025-01-01' AND is_sample""");
        EDITS.put("proposal", """
            UPDATE proposal SET notes = 'Edited', is_sample = FALSE
            WHERE id = (SELECT MIN(id) FROM proposal WHERE is_sample)""");
        EDITS.put("ledger entry", """
            UPDATE ledger_entry SET notes = 'Edited' WHERE id = (SELECT MIN(id) FROM ledger_entry WHERE is_sample)""");
        EDITS.put("co-financing", """
            UPDATE cofinancing SET source_name = 'Edited' WHERE id = (SELECT MIN(id) FROM cofinancing WHERE is_sample)""");
    }

    /** Where each edit can be found again, and the rows of each kind the demo loads. */
    private static final Map<String, String> EDITED = Map.ofEntries(
        Map.entry("country profile", "SELECT COUNT(*) FROM country WHERE industrial_policy_title = 'Edited'"),
        Map.entry("review cycle", "SELECT COUNT(*) FROM review_cycle WHERE title = 'Edited'"),
        Map.entry("priority", "SELECT COUNT(*) FROM priority WHERE title = 'Edited'"),
        Map.entry("meeting", "SELECT COUNT(*) FROM meeting WHERE title = 'Edited'"),
        Map.entry("action item", "SELECT COUNT(*) FROM action_item WHERE description = 'Edited'"),
        Map.entry("project", "SELECT COUNT(*) FROM tc_project WHERE title_en = 'Edited'"),
        Map.entry("outcome", "SELECT COUNT(*) FROM project_outcome WHERE title = 'Edited'"),
        Map.entry("indicator", "SELECT COUNT(*) FROM outcome_indicator WHERE name = 'Edited'"),
        Map.entry("eligibility rule", "SELECT COUNT(*) FROM eligibility_rule WHERE name = 'Edited'"),
        Map.entry("funding window", "SELECT COUNT(*) FROM funding_window WHERE name = 'Edited'"),
        Map.entry("contact", "SELECT COUNT(*) FROM financing_body_contact WHERE name = 'Edited'"),
        Map.entry("exchange rate", "SELECT COUNT(*) FROM exchange_rate WHERE source = 'Edited'"),
        Map.entry("proposal", "SELECT COUNT(*) FROM proposal WHERE notes = 'Edited'"),
        Map.entry("ledger entry", "SELECT COUNT(*) FROM ledger_entry WHERE notes = 'Edited'"),
        Map.entry("co-financing", "SELECT COUNT(*) FROM cofinancing WHERE source_name = 'Edited'"));

    private static final Map<String, String> ROWS = Map.ofEntries(
        Map.entry("country profile", "SELECT COUNT(*) FROM country WHERE industrial_policy_title IS NOT NULL"),
        Map.entry("review cycle", "SELECT COUNT(*) FROM review_cycle"),
        Map.entry("priority", "SELECT COUNT(*) FROM priority"),
        Map.entry("meeting", "SELECT COUNT(*) FROM meeting"),
        Map.entry("action item", "SELECT COUNT(*) FROM action_item"),
        Map.entry("project", "SELECT COUNT(*) FROM tc_project"),
        Map.entry("outcome", "SELECT COUNT(*) FROM project_outcome"),
        Map.entry("indicator", "SELECT COUNT(*) FROM outcome_indicator"),
        Map.entry("eligibility rule", "SELECT COUNT(*) FROM eligibility_rule"),
        Map.entry("funding window", "SELECT COUNT(*) FROM funding_window"),
        Map.entry("contact", "SELECT COUNT(*) FROM financing_body_contact"),
        Map.entry("exchange rate", "SELECT COUNT(*) FROM exchange_rate"),
        Map.entry("proposal", "SELECT COUNT(*) FROM proposal"),
        Map.entry("ledger entry", "SELECT COUNT(*) FROM ledger_entry"),
        Map.entry("co-financing", "SELECT COUNT(*) FROM cofinancing"));

    private final String database = "jdbc:h2:mem:demo-restart-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void startsAgainAfterEverySampleKindWasEditedKeepsTheEditsAndRemovesOnlyWhatWasNotEdited() {
        Map<String, Integer> loaded;
        try (ConfigurableApplicationContext first = start(true)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            EDITS.forEach((kind, sql) -> assertThat(jdbc.sql(sql).update()).as(kind).isEqualTo(1));
            loaded = count(jdbc, ROWS);
        }

        try (ConfigurableApplicationContext second = start(true)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(count(jdbc, EDITED)).allSatisfy((kind, n) -> assertThat(n).as(kind).isEqualTo(1));
            assertThat(count(jdbc, ROWS)).isEqualTo(loaded);
        }

        try (ConfigurableApplicationContext switchedOff = start(false)) {
            JdbcClient jdbc = switchedOff.getBean(JdbcClient.class);
            Map<String, Integer> left = count(jdbc, EDITED);
            for (String kind : new String[] {"country profile", "priority", "meeting", "action item", "project",
                    "eligibility rule", "exchange rate", "funding window", "proposal"}) {
                assertThat(left.get(kind)).as(kind + " edited, so the secretariat's").isEqualTo(1);
            }
            // A sample project stays only while it carries the secretariat's own proposal, ledger entry or
            // co-financing (here: the project of the edited proposal).
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM tc_project p WHERE is_sample
                    AND NOT EXISTS (SELECT 1 FROM proposal x WHERE x.project_id = p.id AND NOT x.is_sample)
                    AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.project_id = p.id AND NOT e.is_sample)
                    AND NOT EXISTS (SELECT 1 FROM cofinancing c WHERE c.project_id = p.id AND NOT c.is_sample)""")
                .query(Integer.class).single()).isZero();
            // A sample meeting whose action item was edited is kept with it.
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM meeting m WHERE is_sample
                    AND NOT EXISTS (SELECT 1 FROM action_item a WHERE a.meeting_id = m.id AND NOT a.is_sample)""")
                .query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE is_sample").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM eligibility_rule WHERE is_sample").query(Integer.class).single())
                .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM national_offer WHERE is_sample").query(Integer.class).single())
                .as("sample national offers").isZero();
        }

        try (ConfigurableApplicationContext onceMore = start(true)) {
            JdbcClient jdbc = onceMore.getBean(JdbcClient.class);
            assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM tc_project WHERE identifier LIKE 'XM-DAC-41123-PROJECT-9%'""")
                .query(Integer.class).single()).isEqualTo(jdbc.sql("""
                    SELECT COUNT(DISTINCT identifier) FROM tc_project""").query(Integer.class).single())
                .isGreaterThan(30);
            assertThat(count(jdbc, EDITED).get("project")).isEqualTo(1);
        }
    }

    @Test
    void aDemoPartThatFailsWritesNothingAndDoesNotStopTheStart() {
        try (ConfigurableApplicationContext context = start(true)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            boolean done = context.getBean(DemoParts.class).inTransaction("broken sample part", () -> {
                jdbc.sql("UPDATE country SET profile_notes = 'half-written' WHERE code = 'BO'").update();
                throw new IllegalStateException("a sample row that cannot be written");
            });
            assertThat(done).isFalse();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM country WHERE profile_notes = 'half-written'").query(Integer.class)
                .single()).isZero();
        }
    }

    private ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(Application.class)
            // Its own H2 file in either run: without the postgres profile's settings (the owner role that runs
            // Flyway there, sessions in the database), which belong to the PostgreSQL server.
            .run("--spring.profiles.active=test", "--spring.datasource.url=" + database, "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--server.port=0", "--tc.demo.enabled=" + demo);
    }

    private static Map<String, Integer> count(JdbcClient jdbc, Map<String, String> queries) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        queries.forEach((kind, sql) -> counts.put(kind, jdbc.sql(sql).query(Integer.class).single()));
        return counts;
    }
}

package org.regionaltc.mobilization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data: loaded once whatever the number of restarts, labelled, and removed when switched off. */
@SpringBootTest
class MobilizationDemoIntegrationTests {

    private static final List<String> TABLES = List.of("eligibility_rule", "funding_window", "financing_body_contact",
        "exchange_rate", "proposal", "ledger_entry", "cofinancing");

    @Autowired
    MobilizationDemo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProjectFacts projects;
    @Autowired
    FundingFigures figures;
    @Autowired
    MobilizationViews views;

    private Map<String, Integer> sampleRows() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t + " WHERE is_sample").query(Integer.class)
            .single()));
        return counts;
    }

    @Test
    void loadsRulesWindowsRatesAndTheFundingOfSampleProjectsOnceAndRemovesThemWhenSwitchedOff() {
        assertThat(sampleRows().get("eligibility_rule")).isGreaterThanOrEqualTo(4);
        assertThat(sampleRows().get("funding_window")).isGreaterThanOrEqualTo(4);
        long project = FundingFixtures.aProject(jdbc, "BO", "2000000.00");
        jdbc.sql("UPDATE tc_project SET is_sample = TRUE WHERE id = :id").param("id", project).update();
        try {
            demo.run(new DefaultApplicationArguments());
            Map<String, Integer> loaded = sampleRows();
            assertThat(loaded.get("proposal")).isPositive();
            assertThat(loaded.get("ledger_entry")).isPositive();
            demo.run(new DefaultApplicationArguments());
            assertThat(sampleRows()).isEqualTo(loaded);

            assertThat(views.gaps(Visibility.everything())).anySatisfy(g -> assertThat(g.project().sample()).isTrue());

            demo.remove();
            assertThat(sampleRows().values()).allSatisfy(n -> assertThat(n).isZero());
        } finally {
            jdbc.sql("DELETE FROM tc_project WHERE id = :id").param("id", project).update();
            demo.run(new DefaultApplicationArguments());
        }
    }
}

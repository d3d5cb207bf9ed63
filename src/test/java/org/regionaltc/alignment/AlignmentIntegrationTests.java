package org.regionaltc.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.regionaltc.cycle.CurrentCycle;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The alignment score on cases computed by hand from the documented formula and the default weights. */
@SpringBootTest
class AlignmentIntegrationTests {

    @Autowired
    Alignment alignment;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentCycle currentCycle;
    @Autowired
    AlignmentWords words;

    private String explanation(AlignmentScore score, int component, java.util.Locale locale) {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
        try {
            return words.explanation(score.components().get(component));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void scoresAProjectFromItsLinkedPrioritiesThemesAndEndorsements() {
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long peru = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "A2", "0.8");
        long andean = CycleFixtures.aPriority(jdbc, cycle, "SUB_REGIONAL", null, "CAN", "C1", "0.5");
        long project = ProjectFixtures.aProject(projects, new BigDecimal("100000"), "PE", 60, "BO", 40);
        ProjectFixtures.link(jdbc, project, peru, "STRONG");
        ProjectFixtures.link(jdbc, project, andean, "PARTIAL");
        ProjectFixtures.endorse(jdbc, project, "PE");

        AlignmentScore score = alignment.ofProject(project);
        assertThat(alignment.ofAllProjects().get(project)).isCloseTo(score.score(), within(1e-9));

        // P: Peru 0.6 × max(0.8 × 1, 0.5 × 0.5) + Bolivia 0.4 × (0.5 × 0.5) = 0.58 (both are CAN members).
        // T: 1 of 2 linked priorities shares the top-level theme A with the project's A1 (A2 does; C1 does not).
        // E: Peru's 60% has endorsed. Score = 100 × (0.6 × 0.58 + 0.25 × 0.5 + 0.15 × 0.6) = 56.3
        assertThat(score.components()).extracting(AlignmentScore.Component::name)
            .containsExactly("priorities", "themes", "endorsement");
        assertThat(score.components().get(0).value()).isCloseTo(0.58, within(1e-9));
        assertThat(score.components().get(1).value()).isCloseTo(0.5, within(1e-9));
        assertThat(score.components().get(2).value()).isCloseTo(0.6, within(1e-9));
        assertThat(score.score()).isCloseTo(56.3, within(1e-9));
        assertThat(score.rounded()).isEqualTo(56);
        java.util.Locale english = java.util.Locale.ENGLISH;
        java.util.Locale spanish = java.util.Locale.forLanguageTag("es");
        assertThat(explanation(score, 0, english)).contains("PE 60%: 0.80 (PE priority #1", "BO 40%: 0.25 (CAN");
        assertThat(explanation(score, 1, english)).isEqualTo("1 of 2 linked priorities are in the project's thematic areas");
        assertThat(explanation(score, 2, english)).isEqualTo("PE endorsed, BO not yet");
        assertThat(explanation(score, 0, spanish)).contains("PE 60 %: 0,80 (prioridad n.º 1 de PE", "BO 40 %: 0,25 (prioridad n.º 1 de CAN");
        assertThat(explanation(score, 1, spanish))
            .isEqualTo("1 de 2 prioridades vinculadas están en las áreas temáticas del proyecto");
        assertThat(explanation(score, 2, spanish)).isEqualTo("PE respaldó, BO aún no");
        assertThat(score.countries()).extracting(AlignmentScore.CountryPart::endorsed).containsExactly(true, false);
    }

    @Test
    void aProjectServingNoPriorityScoresOnlyForItsTheme() {
        CycleFixtures.aCurrentCycle(jdbc);
        long project = ProjectFixtures.aProject(projects, new BigDecimal("50000"), "UY", 100);
        AlignmentScore score = alignment.ofProject(project);
        assertThat(score.score()).isCloseTo(25.0, within(1e-9));
        assertThat(explanation(score, 0, java.util.Locale.ENGLISH)).isEqualTo("UY 100%: no linked priority");
        assertThat(explanation(score, 0, java.util.Locale.forLanguageTag("pt")))
            .isEqualTo("UY 100%: nenhuma prioridade vinculada");
    }

    @Test
    void aPriorityNotYetConsolidatedCountsWithTheConfiguredDefaultWeight() {
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, cycle, "REGIONAL", null, null, "C2", null);
        long project = ProjectFixtures.aProject(projects, new BigDecimal("50000"), "JM", 100);
        ProjectFixtures.link(jdbc, project, priority, "PARTIAL");
        ProjectFixtures.endorse(jdbc, project, "JM");
        // P = 0.5 (default weight) × 0.5 (partial) = 0.25; T = 0 (C2 is not in theme A); E = 1
        assertThat(alignment.ofProject(project).score()).isCloseTo(100 * (0.6 * 0.25 + 0 + 0.15), within(1e-9));
    }

    @Test
    void linksToAnOlderCycleNoLongerCount() {
        long old = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, old, "NATIONAL", "GY", null, "A1", "1.0");
        long project = ProjectFixtures.aProject(projects, new BigDecimal("50000"), "GY", 100);
        ProjectFixtures.link(jdbc, project, priority, "STRONG");
        assertThat(alignment.ofProject(project).score()).isCloseTo(100 * (0.6 + 0.25), within(1e-9));
        assertThat(alignment.ofAllProjects().get(project)).isCloseTo(100 * (0.6 + 0.25), within(1e-9));
        CycleFixtures.aCurrentCycle(jdbc);
        assertKeptScore(project, 25.0);
    }

    @Test
    void thePortfolioScoreIsTheBudgetWeightedMeanOfItsProjects() {
        assertPortfolioIsTheBudgetWeightedMeanOfProjectScores();
    }

    @Test
    void keptScoresAreRecomputedAfterAnyChangeToTheirInputsWhoeverMakesIt() {
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "SR", null, "A2", "1.0");
        long project = ProjectFixtures.aProject(projects, new BigDecimal("50000"), "SR", 100);
        assertKeptScore(project, 25.0);
        double portfolio = alignment.portfolio().meanScore();

        ProjectFixtures.link(jdbc, project, priority, "STRONG");
        assertKeptScore(project, 85.0);
        assertThat(alignment.portfolio().meanScore()).isNotEqualTo(portfolio);

        jdbc.sql("UPDATE project_priority SET strength = 'PARTIAL' WHERE project_id = :id").param("id", project).update();
        assertKeptScore(project, 100 * (0.6 * 0.5 + 0.25));

        ProjectFixtures.endorse(jdbc, project, "SR");
        assertKeptScore(project, 100 * (0.6 * 0.5 + 0.25 + 0.15));
        jdbc.sql("DELETE FROM project_endorsement WHERE project_id = :id").param("id", project).update();
        assertKeptScore(project, 100 * (0.6 * 0.5 + 0.25));

        ProjectFixtures.setThemes(jdbc, project, "C1");
        assertKeptScore(project, 100 * (0.6 * 0.5));

        jdbc.sql("UPDATE priority SET weight = 0.5 WHERE id = :id").param("id", priority).update();
        assertKeptScore(project, 100 * (0.6 * 0.25));

        jdbc.sql("UPDATE project_country SET country_code = 'GY' WHERE project_id = :id").param("id", project).update();
        assertKeptScore(project, 0.0);
        jdbc.sql("UPDATE project_country SET country_code = 'SR' WHERE project_id = :id").param("id", project).update();
        assertKeptScore(project, 100 * (0.6 * 0.25));

        // Suriname is a CARICOM member: a strong link to a CARICOM priority in the project's theme C1 counts in
        // full, and 1 of the 2 links matches the theme; it no longer counts once Suriname has left CARICOM.
        long caricom = CycleFixtures.aPriority(jdbc, cycle, "SUB_REGIONAL", null, "CARICOM", "C1", "1.0");
        ProjectFixtures.link(jdbc, project, caricom, "STRONG");
        assertKeptScore(project, 100 * (0.6 * 1.0 + 0.25 * 0.5));
        try {
            jdbc.sql("UPDATE grouping_member SET left_year = 2030 WHERE grouping_code = 'CARICOM' AND country_code = 'SR'")
                .update();
            assertKeptScore(project, 100 * (0.6 * 0.25 + 0.25 * 0.5));
        } finally {
            jdbc.sql("UPDATE grouping_member SET left_year = NULL WHERE grouping_code = 'CARICOM' AND country_code = 'SR'")
                .update();
        }
        assertKeptScore(project, 100 * (0.6 * 1.0 + 0.25 * 0.5));

        jdbc.sql("UPDATE tc_project SET total_budget = 7000000 WHERE id = :id").param("id", project).update();
        assertPortfolioIsTheBudgetWeightedMeanOfProjectScores();

        jdbc.sql("UPDATE tc_project SET status = 'CANCELLED' WHERE id = :id").param("id", project).update();
        assertThat(alignment.ofAllProjects()).doesNotContainKey(project);
        assertPortfolioIsTheBudgetWeightedMeanOfProjectScores();
    }

    /** The score in the list and portfolio equals both the hand-computed value and the explained score. */
    private void assertKeptScore(long project, double expected) {
        assertThat(alignment.ofAllProjects().get(project)).isCloseTo(expected, within(1e-9));
        assertThat(alignment.ofProject(project).score()).isCloseTo(expected, within(1e-9));
    }

    private void assertPortfolioIsTheBudgetWeightedMeanOfProjectScores() {
        Alignment.Portfolio portfolio = alignment.portfolio();
        var scores = alignment.ofAllProjects();
        var budgets = new java.util.HashMap<Long, Double>();
        jdbc.sql("SELECT id, total_budget FROM tc_project WHERE status <> 'CANCELLED'")
            .query((rs, n) -> budgets.put(rs.getLong(1), rs.getDouble(2))).list();
        assertThat(scores.keySet()).isEqualTo(budgets.keySet());
        double weighted = scores.entrySet().stream().mapToDouble(s -> s.getValue() * budgets.get(s.getKey())).sum();
        double total = scores.keySet().stream().mapToDouble(budgets::get).sum();
        assertThat(portfolio.projects()).isEqualTo(scores.size()).isPositive();
        assertThat(portfolio.budgetWeightedScore()).isCloseTo(weighted / total, within(1e-6));
    }

    @Test
    void readersAndWritersAtTheSameTimeLeaveEveryKeptScoreRight() throws Exception {
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, cycle, "REGIONAL", null, null, "A2", "0.9");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long project = ProjectFixtures.aProject(projects, new BigDecimal("50000"), "HN", 100);
            ProjectFixtures.link(jdbc, project, priority, "STRONG");
            ids.add(project);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (long project : ids) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        jdbc.sql("""
                                UPDATE project_priority SET strength = CASE strength WHEN 'STRONG' THEN 'PARTIAL'
                                ELSE 'STRONG' END WHERE project_id = :id""").param("id", project).update();
                        assertThat(alignment.ofAllProjects()).containsKey(project);
                        assertThat(alignment.portfolio().projects()).isPositive();
                    }
                }));
            }
            for (Future<?> w : work) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        // Ten flips leave each link strong again: P = 0.9, T = 1 (A2 shares theme A with A1), E = 0.
        for (long project : ids) {
            assertKeptScore(project, 100 * (0.6 * 0.9 + 0.25));
        }
    }

    @Test
    void scoresKeptUnderOtherSettingsOrAfterAThematicAreaChangeAreAllRecomputed() {
        assumeTrue(isPostgres(), "scores are kept in the database on PostgreSQL only");
        long project = ProjectFixtures.aProject(projects, new BigDecimal("50000"), "TT", 100);
        double score = alignment.ofAllProjects().get(project);
        jdbc.sql("UPDATE project_alignment SET score = -1").update();
        jdbc.sql("UPDATE alignment_basis SET basis = 'cycle 0, other settings' WHERE id = 1").update();
        jdbc.sql("UPDATE alignment_generation SET generation = generation + 1 WHERE id = 1").update();
        assertThat(alignment.ofAllProjects().get(project)).isCloseTo(score, within(1e-9));
        assertThat(alignment.ofAllProjects().values()).allMatch(s -> s >= 0);

        // A change to the thematic areas (their hierarchy decides which links match a theme) recomputes them all.
        jdbc.sql("UPDATE project_alignment SET score = -1").update();
        jdbc.sql("UPDATE thematic_area SET name_en = name_en WHERE code = 'A'").update();
        assertThat(alignment.ofAllProjects().get(project)).isCloseTo(score, within(1e-9));
        assertThat(alignment.ofAllProjects().values()).allMatch(s -> s >= 0);
    }

    private boolean isPostgres() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'project_alignment'")
            .query(Integer.class).single() > 0;
    }

    @Test
    void aCycleStillOpenForSubmissionsIsNotYetTheOneProjectsAreAlignedWith() {
        long endorsed = CycleFixtures.aCurrentCycle(jdbc);
        jdbc.sql("""
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES ('Open test cycle', DATE '2999-01-01', DATE '2999-12-31', DATE '2999-01-01', 'OPEN')""").update();
        assertThat(currentCycle.id()).contains(endorsed);
        jdbc.sql("DELETE FROM review_cycle WHERE title = 'Open test cycle'").update();
    }

    @Test
    void settingsWhoseWeightsDoNotAddUpToOneAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AlignmentSettings(0.5, 0.3, 0.3, 1, 0.5, 0.5, 0.6,
                BigDecimal.ONE))
            .hasMessageContaining("must add up to 1");
    }
}

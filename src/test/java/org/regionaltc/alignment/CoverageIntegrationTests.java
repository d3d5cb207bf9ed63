package org.regionaltc.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.system.Money;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.ProjectStatus;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** Coverage, gaps and off-programme work on a constructed cycle and set of projects. */
@SpringBootTest
@AutoConfigureMockMvc
class CoverageIntegrationTests {

    @MockitoSpyBean
    Coverage coverage;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    ExchangeRates rates;

    long peru;
    long bolivia;
    long andean;
    long served;
    long partly;
    long offProgramme;
    long cancelled;
    long cycle;

    @BeforeEach
    void aCycleWithThreePrioritiesAndFourProjects() {
        cycle = CycleFixtures.aCurrentCycle(jdbc);
        peru = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "A1", "0.9");
        bolivia = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "BO", null, "C2", "0.7");
        andean = CycleFixtures.aPriority(jdbc, cycle, "SUB_REGIONAL", null, "CAN", "B1", "0.4");
        served = ProjectFixtures.aProject(projects, new BigDecimal("500000"), "PE", 100);
        ProjectFixtures.link(jdbc, served, peru, "STRONG");
        partly = ProjectFixtures.aProject(projects, new BigDecimal("80000"), "BO", 100);
        ProjectFixtures.link(jdbc, partly, bolivia, "PARTIAL");
        offProgramme = ProjectFixtures.aProject(projects, new BigDecimal("300000"), "CL", 100);
        cancelled = ProjectFixtures.aProject(projects, new BigDecimal("900000"), "BO", 100);
        ProjectFixtures.link(jdbc, cancelled, bolivia, "STRONG");
        ProjectFixtures.forceStatus(jdbc, cancelled, ProjectStatus.CANCELLED);
    }

    @Test
    void eachPriorityShowsTheProjectsAndBudgetServingIt() {
        List<Coverage.PriorityCoverage> rows = coverage.priorities(Coverage.Filter.none());
        assertThat(rows).extracting(Coverage.PriorityCoverage::priorityId).containsExactly(peru, bolivia, andean);
        assertThat(rows).extracting(Coverage.PriorityCoverage::projects).containsExactly(1, 1, 0);
        assertThat(rows).extracting(r -> r.linkedBudget().stripTrailingZeros())
            .containsExactly(new BigDecimal("5E+5"), new BigDecimal("4E+4"), BigDecimal.ZERO);
    }

    @Test
    void theMatrixMarksStrongAndPartialLinks() {
        Coverage.Matrix matrix = coverage.matrix(Coverage.Filter.none());
        assertThat(matrix.strength(peru, served)).isEqualTo("STRONG");
        assertThat(matrix.strength(bolivia, partly)).isEqualTo("PARTIAL");
        assertThat(matrix.strength(bolivia, cancelled)).isNull();
        assertThat(matrix.projects()).containsOnlyKeys(served, partly);
    }

    @Test
    void gapsAreImportantPrioritiesWithLittleBudgetCountedByCountrySubRegionAndTheme() {
        assertThat(coverage.gaps(Coverage.Filter.none())).extracting(Coverage.PriorityCoverage::priorityId)
            .containsExactly(bolivia);
        assertThat(coverage.gapCounts(Coverage.Filter.none())).containsExactlyInAnyOrder(
            new Coverage.GapCount("country", "BO", 1, new BigDecimal("40000.00")),
            new Coverage.GapCount("theme", "C", 1, new BigDecimal("40000.00")));
    }

    @Test
    void filtersByCountryIncludeTheGroupingsItBelongsTo() {
        assertThat(coverage.priorities(new Coverage.Filter("PE", null, null)))
            .extracting(Coverage.PriorityCoverage::priorityId).containsExactly(peru, andean);
        assertThat(coverage.priorities(new Coverage.Filter(null, "CAN", null)))
            .extracting(Coverage.PriorityCoverage::priorityId).containsExactly(peru, bolivia, andean);
        assertThat(coverage.priorities(new Coverage.Filter(null, null, "C")))
            .extracting(Coverage.PriorityCoverage::priorityId).containsExactly(bolivia);
    }

    @Test
    void offProgrammeProjectsServeNoPriorityAndCancelledOnesDoNotCount() {
        assertThat(coverage.offProgramme(Coverage.Filter.none())).extracting(Coverage.OffProgramme::projectId)
            .contains(offProgramme).doesNotContain(served, partly, cancelled);
        assertThat(coverage.offProgramme(new Coverage.Filter("CL", null, null)))
            .extracting(Coverage.OffProgramme::projectId).contains(offProgramme);
        assertThat(coverage.offProgramme(new Coverage.Filter("PE", null, null)))
            .extracting(Coverage.OffProgramme::projectId).doesNotContain(offProgramme);
    }

    @Test
    void aTitleThatLooksLikeAFormulaIsDefusedInTheCsv() throws Exception {
        jdbc.sql("UPDATE priority SET title = '=HYPERLINK(\"http://x\",\"x\")' WHERE id = :id").param("id", andean).update();
        var officer = users.loadUserByUsername(AccountFixtures.anOfficer(administration));
        String csv = mvc.perform(get("/coverage/priorities.csv").with(user(officer)))
            .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",");
    }

    @Test
    void theGapsExportAsCsvAndShowOnThePage() throws Exception {
        var donor = users.loadUserByUsername(AccountFixtures.anOfficer(administration));
        String csv = mvc.perform(get("/coverage/gaps.csv").with(user(donor)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).containsExactly(
            "priority_id,level,country,grouping,theme,rank,title,weight,projects,linked_budget",
            bolivia + ",NATIONAL,BO,,C2,1,Priority NATIONAL BO,0.7000,1,40000.00");
        mvc.perform(get("/coverage").with(user(donor)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Bolivia (Plurinational State of) #1 Priority NATIONAL BO")));
        mvc.perform(get("/coverage/nothing.csv").with(user(donor))).andExpect(status().isNotFound());
    }

    @Test
    void theGapThresholdIsInDollarsSoTenMillionYenAreNotTenMillionDollars() throws Exception {
        if (rates.rateOn("JPY", LocalDate.now()).isEmpty()) {
            rates.save("JPY", LocalDate.of(1992, 1, 1), new BigDecimal("0.0080000000"), "test", false);
        }
        BigDecimal yen = rates.rateOn("JPY", LocalDate.now()).orElseThrow();
        long ecuador = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "EC", null, "A1", "0.95");
        long inYen = ProjectFixtures.aProject(projects, new BigDecimal("10000000"), "EC", 100);
        jdbc.sql("UPDATE tc_project SET currency = 'JPY' WHERE id = :id").param("id", inYen).update();
        ProjectFixtures.link(jdbc, inYen, ecuador, "STRONG");
        long inTugrik = ProjectFixtures.aProject(projects, new BigDecimal("500000"), "EC", 100);
        jdbc.sql("UPDATE tc_project SET currency = 'MNT' WHERE id = :id").param("id", inTugrik).update();
        ProjectFixtures.link(jdbc, inTugrik, ecuador, "PARTIAL");

        Coverage.PriorityCoverage row = coverage.priorities(Coverage.Filter.none()).stream()
            .filter(p -> p.priorityId() == ecuador).findFirst().orElseThrow();
        assertThat(row.projects()).isEqualTo(2);
        assertThat(row.linkedBudget()).isEqualTo(Money.usd(new BigDecimal("10000000").multiply(yen)));
        assertThat(row.linkedBudget()).isLessThan(new BigDecimal("100000"));
        assertThat(row.unpriced()).containsExactly("MNT");
        assertThat(coverage.gaps(Coverage.Filter.none())).extracting(Coverage.PriorityCoverage::priorityId)
            .contains(ecuador);
        var officer = users.loadUserByUsername(AccountFixtures.anOfficer(administration));
        mvc.perform(get("/coverage").with(user(officer)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString(
                "Leaves out budgets in MNT: no exchange rate to US dollars yet.")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Linked budgets are in US dollars")));
    }

    @Test
    void theCoveragePageComputesThePrioritiesOnceForTheMatrixAndTheGaps() throws Exception {
        var officer = users.loadUserByUsername(AccountFixtures.anOfficer(administration));
        clearInvocations(coverage);

        mvc.perform(get("/coverage").with(user(officer))).andExpect(status().isOk());

        verify(coverage, times(1)).priorities(any());
    }

    @Test
    void theMatrixConvertsBudgetsAtTodaysRateLikeTheGapsAfterANewRate() {
        long inKronur = ProjectFixtures.aProject(projects, new BigDecimal("20000000"), "PE", 100);
        jdbc.sql("UPDATE tc_project SET currency = 'ISK' WHERE id = :id").param("id", inKronur).update();
        ProjectFixtures.link(jdbc, inKronur, peru, "STRONG");
        rates.save("ISK", LocalDate.now(), new BigDecimal("0.0070000000"), "test", false);
        BigDecimal before = linkedToPeru(coverage.matrix(Coverage.Filter.none()).priorities());

        rates.save("ISK", LocalDate.now(), new BigDecimal("0.0080000000"), "test", false);

        BigDecimal inMatrix = linkedToPeru(coverage.matrix(Coverage.Filter.none()).priorities());
        assertThat(inMatrix).isEqualTo(linkedToPeru(coverage.priorities(Coverage.Filter.none())));
        assertThat(inMatrix.subtract(before)).isEqualByComparingTo("20000.00");
    }

    private BigDecimal linkedToPeru(List<Coverage.PriorityCoverage> priorities) {
        return priorities.stream().filter(p -> p.priorityId() == peru).findFirst().orElseThrow().linkedBudget();
    }
}

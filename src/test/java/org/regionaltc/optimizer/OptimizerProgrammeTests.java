package org.regionaltc.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.regionaltc.funding.ExchangeRates;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.ProjectStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The engine on the programme: the problem built from the database, the page, the API and accepting. */
@SpringBootTest
@AutoConfigureMockMvc
class OptimizerProgrammeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeProblem programme;
    @Autowired
    Recommendations recommendations;
    @Autowired
    ExchangeRates rates;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private String body;
    private long window;
    private String windowId;
    private String funded;
    private String tooSmall;
    private String identified;
    private UserDetails officer;

    @BeforeEach
    void aBodyWithAWindowAndARule() {
        body = "OPT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("INSERT INTO financing_body (code, name, body_type) VALUES (:code, :code, 'MULTILATERAL')")
            .param("code", body).update();
        if (rates.rateOn("EUR", LocalDate.now()).isEmpty()) {
            jdbc.sql("INSERT INTO exchange_rate (currency, rate_date, usd_per_unit) VALUES ('EUR', :d, 1.25)")
                .param("d", LocalDate.now()).update();
        }
        window = FundingFixtures.aWindow(jdbc, body, "EUR", "1000000");
        windowId = body + "-" + window;
        jdbc.sql("""
                INSERT INTO eligibility_rule (body_code, name, period_start, min_grant_usd, max_grant_usd)
                VALUES (:body, 'grants of 500k to 2M', :start, 500000, 2000000)
                """).param("body", body).param("start", LocalDate.of(2000, 1, 1)).update();
        funded = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "PE", "1000000"));
        tooSmall = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "PE", "300000"));
        long early = FundingFixtures.aProject(jdbc, "PE", "900000");
        ProjectFixtures.forceStatus(jdbc, early, ProjectStatus.IDENTIFICATION);
        identified = FundingFixtures.identifierOf(jdbc, early);
        officer = users.loadUserByUsername(AccountFixtures.anOfficer(administration));
    }

    @Test
    void buildsTheProblemFromTheProgrammeWithTheRulesAsPairs() {
        AllocationProblem problem = programme.build(ProgrammeProblem.Settings.DEFAULT).problem();

        assertThat(problem.projects()).filteredOn(p -> p.id().equals(funded)).singleElement()
            .satisfies(p -> {
                assertThat(p.gap()).isEqualTo(1_000_000);
                assertThat(p.countries()).containsExactly("PE");
            });
        assertThat(problem.projects()).extracting(AllocationProblem.Project::id).doesNotContain(identified);
        BigDecimal eur = rates.rateOn("EUR", LocalDate.now()).orElseThrow();
        assertThat(problem.sources()).filteredOn(s -> s.id().equals(windowId)).singleElement()
            .extracting(AllocationProblem.Source::envelope)
            .isEqualTo(eur.multiply(new BigDecimal(1_000_000)).setScale(0, java.math.RoundingMode.HALF_UP).longValue());
        assertThat(problem.pairs()).contains(new AllocationProblem.PairLimit(funded, windowId, 1_000_000));
        assertThat(problem.pairs()).noneMatch(l -> l.project().equals(tooSmall) && l.source().equals(windowId));
        assertThat(AllocationJson.readProblem(AllocationJson.writeProblem(problem)).errors()).isEmpty();
    }

    @Test
    void acceptingCreatesOneProposalAtIdentifiedWithTheWindowAndThenUpdatesIt() {
        long ledgerBefore = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        BigDecimal eur = rates.rateOn("EUR", LocalDate.now()).orElseThrow();

        recommendations.accept(resultFunding(600_000));
        recommendations.accept(resultFunding(700_000));

        List<Map<String, Object>> proposals = jdbc.sql("""
                SELECT x.stage, x.currency, x.amount_requested, x.funding_window_id FROM proposal x
                JOIN tc_project p ON p.id = x.project_id WHERE p.identifier = :id AND x.body_code = :body
                """).param("id", funded).param("body", body).query().listOfRows();
        assertThat(proposals).singleElement().satisfies(row -> {
            assertThat(row.get("stage")).isEqualTo("IDENTIFIED");
            assertThat(row.get("currency").toString().strip()).isEqualTo("EUR");
            assertThat((BigDecimal) row.get("amount_requested"))
                .isEqualByComparingTo(new BigDecimal(700_000).divide(eur, 2, java.math.RoundingMode.HALF_UP));
            assertThat(((Number) row.get("funding_window_id")).longValue()).isEqualTo(window);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single()).isEqualTo(ledgerBefore);
    }

    private AllocationResult resultFunding(long amount) {
        return new AllocationResult("programme", AllocationResult.Status.OPTIMAL, 1.0, 1.0, 0.0, 1.0, 0.1,
            List.of(new AllocationResult.Allocation(funded, windowId, amount)), List.of(), List.of(), List.of(),
            List.of());
    }

    @Test
    void thePageRunsShowsProgressAndTheResultSavesAndComparesScenarios() throws Exception {
        MvcResult page = mvc.perform(get("/optimizer").with(user(officer))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("Allocation engine", windowId);

        String run = mvc.perform(post("/optimizer/runs").with(user(officer)).with(csrf())
                .param("maxSources", "2").param("countryCap", "").param("timeLimit", "5"))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(run).startsWith("/optimizer/runs/");
        String html = poll(run);
        assertThat(html).contains("id=\"summary\"", "id=\"chart\"", "<rect");
        assertThat(html).containsPattern("id=\"status\">(OPTIMAL|FEASIBLE)<");

        String first = mvc.perform(post(run + "/scenario").with(user(officer)).with(csrf()).param("name", "as is"))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(first).startsWith("/optimizer/scenarios/");
        assertThat(mvc.perform(get(first).with(user(officer))).andReturn().getResponse().getContentAsString())
            .contains("Scenario as is", "id=\"rerun-form\"", "id=\"summary\"");
        String again = mvc.perform(post(first + "/runs").with(user(officer)).with(csrf())
                .param("envelope." + windowId, "0").param("maxSources", "3").param("timeLimit", "5"))
            .andReturn().getResponse().getRedirectedUrl();
        poll(again);
        String second = mvc.perform(post(again + "/scenario").with(user(officer)).with(csrf()).param("name", "no window"))
            .andReturn().getResponse().getRedirectedUrl();
        String comparison = mvc.perform(get("/optimizer/compare").with(user(officer))
                .param("a", first.substring(first.lastIndexOf('/') + 1))
                .param("b", second.substring(second.lastIndexOf('/') + 1)))
            .andReturn().getResponse().getContentAsString();
        assertThat(comparison).contains("Scenarios side by side", "as is", "no window", "id=\"byGroup\"",
            "id=\"byCountry\"", "id=\"byTheme\"");
    }

    private String poll(String run) throws Exception {
        for (int i = 0; i < 120; i++) {
            MvcResult fragment = mvc.perform(get(run).with(user(officer)).header("HX-Request", "true")).andReturn();
            String body = fragment.getResponse().getContentAsString();
            if (!body.contains("hx-trigger=\"every 1s\"")) {
                // The finished run answers the poll with its result block alone, retargeted onto #run-body: not a
                // whole page, whose menu and heading would then show twice.
                assertThat(body).startsWith("<div id=\"run-body\"").doesNotContain("<main", "<nav");
                assertThat(fragment.getResponse().getHeader("HX-Retarget")).isEqualTo("#run-body");
                return mvc.perform(get(run).with(user(officer))).andReturn().getResponse().getContentAsString();
            }
            assertThat(body).contains("Best objective so far");
            Thread.sleep(500);
        }
        throw new AssertionError("the run did not finish");
    }

    @Test
    void theApiSolvesAProblemInTheFormatAndRefusesBadOrTooLargeOnes() throws Exception {
        byte[] example;
        try (InputStream in = getClass().getResourceAsStream("/optimizer/example-problem.json")) {
            example = in.readAllBytes();
        }
        MvcResult solved = mvc.perform(post("/api/optimizer/solve").with(user(officer)).param("timeLimit", "10")
            .contentType(MediaType.APPLICATION_JSON).content(example)).andReturn();
        assertThat(solved.getResponse().getStatus()).isEqualTo(200);
        AllocationResult result = AllocationJson.readResult(solved.getResponse().getContentAsString());
        assertThat(result.objective()).isEqualTo(1_767_997.0);

        MvcResult bad = mvc.perform(post("/api/optimizer/solve").with(user(officer))
            .contentType(MediaType.APPLICATION_JSON).content("{\"projects\": [{\"id\": \"A\"}], \"sources\": []}"))
            .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("projects[0].gap", "INVALID");

        StringBuilder many = new StringBuilder("{\"projects\": [], \"sources\": [");
        for (int j = 0; j < 501; j++) {
            many.append(j == 0 ? "" : ",").append("{\"id\": \"W").append(j).append("\", \"envelope\": 1}");
        }
        MvcResult large = mvc.perform(post("/api/optimizer/solve").with(user(officer))
            .contentType(MediaType.APPLICATION_JSON).content(many.append("]}").toString())).andReturn();
        assertThat(large.getResponse().getStatus()).isEqualTo(413);
        assertThat(large.getResponse().getContentAsString()).contains("\"path\" : \"sources\"", "too-large");

        MvcResult late = mvc.perform(post("/api/optimizer/solve").with(user(officer)).param("timeLimit", "301")
            .contentType(MediaType.APPLICATION_JSON).content(example)).andReturn();
        assertThat(late.getResponse().getStatus()).isEqualTo(400);
    }
}

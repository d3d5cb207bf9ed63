package org.regionaltc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Proposals through the API and pages: the stages, their history, bad moves and who sees what. */
@SpringBootTest
@AutoConfigureMockMvc
class PipelineIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private String officer;
    private long project;

    @BeforeEach
    void aBolivianProject() {
        officer = AccountFixtures.anOfficer(administration);
        project = FundingFixtures.aProject(jdbc, "BO", "250000.00");
    }

    private long propose(String body, String amount) throws Exception {
        String json = mvc.perform(post("/api/proposals").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"projectId": %d, "bodyCode": "%s", "currency": "USD", "amountRequested": %s,
                     "nextAction": "send the concept note", "nextActionDate": "2030-01-15"}""".formatted(project, body, amount)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.stage").value("IDENTIFIED"))
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions move(long id, String stage, String approved, int version) throws Exception {
        return mvc.perform(post("/api/proposals/" + id + "/moves").with(httpBasic(officer, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"stage": %s, "amountApproved": %s, "note": "moved", "version": %d}"""
                .formatted(stage == null ? "null" : "\"" + stage + "\"", approved, version)));
    }

    @Test
    void aProposalGoesThroughEveryStageAndKeepsItsHistory() throws Exception {
        long id = propose("GEF", "200000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", "180000.00", 2).andExpect(status().isOk())
            .andExpect(jsonPath("$.amountApproved").value(180000.00));
        move(id, "AGREEMENT_SIGNED", null, 3).andExpect(status().isOk())
            .andExpect(jsonPath("$.stage").value("AGREEMENT_SIGNED"))
            .andExpect(jsonPath("$.amountApproved").value(180000.00));
        mvc.perform(get("/api/proposals/" + id).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.history.length()").value(5))
            .andExpect(jsonPath("$.history[0].to").value("IDENTIFIED"))
            .andExpect(jsonPath("$.history[3].from").value("UNDER_NEGOTIATION"))
            .andExpect(jsonPath("$.history[3].amountApproved").value(180000.00))
            .andExpect(jsonPath("$.history[4].actor").value(officer))
            .andExpect(jsonPath("$.allowedMoves.length()").value(0));
    }

    @Test
    void refusesAMoveItsStageDoesNotAllow() throws Exception {
        long id = propose("GEF", "1000.00");
        move(id, "APPROVED_PLEDGED", "1000.00", 0)
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("stage: a proposal IDENTIFIED can move to [CONCEPT_SUBMITTED, "
                + "REJECTED, WITHDRAWN], not to APPROVED_PLEDGED"));
        move(id, "WITHDRAWN", null, 0).andExpect(status().isOk());
        move(id, "CONCEPT_SUBMITTED", null, 1)
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("a proposal WITHDRAWN can move to no other stage")));
    }

    @Test
    void refusesAStaleVersionAndAnApprovalWithoutAmount() throws Exception {
        long id = propose("MLF", "1000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 0)
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", null, 2)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("amountApproved"));
        move(id, "APPROVED_PLEDGED", "0", 2)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value(containsString("greater than zero")));
    }

    @Test
    void refusesABadProposal() throws Exception {
        mvc.perform(post("/api/proposals").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"projectId\": -1, \"bodyCode\": \"GEF\", \"currency\": \"QQQ\", \"amountRequested\": -3}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("projectId")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("amountRequested")));
    }

    @Test
    void aDonorSeesOnlyItsOwnBodysProposalsAndAFocalPointOnlyItsCountries() throws Exception {
        long gef = propose("GEF", "1000.00");
        long eu = propose("EU", "1000.00");
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        mvc.perform(get("/api/proposals").with(httpBasic(donor, PASSWORD)))
            .andExpect(jsonPath("$.proposals[*].bodyCode", everyItem(is("GEF"))))
            .andExpect(jsonPath("$.proposals[*].id", hasItem((int) gef)));
        mvc.perform(get("/api/proposals/" + eu).with(httpBasic(donor, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/" + eu).with(user(users.loadUserByUsername(donor)))).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/" + gef).with(user(users.loadUserByUsername(donor)))).andExpect(status().isOk());
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        mvc.perform(get("/api/proposals").with(httpBasic(chile, PASSWORD)))
            .andExpect(jsonPath("$.proposals[*].id", not(hasItem((int) gef))));
        mvc.perform(get("/api/proposals/" + gef).with(httpBasic(chile, PASSWORD))).andExpect(status().isForbidden());
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        mvc.perform(get("/pipeline").with(user(users.loadUserByUsername(bolivia))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/pipeline/" + eu)));
    }

    @Test
    void theProposalPageMovesItAndShowsTheConflictWhenItChangedMeanwhile() throws Exception {
        long id = propose("IDF", "1000.00");
        mvc.perform(post("/pipeline/" + id + "/moves").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("stage", "CONCEPT_SUBMITTED").param("version", "0"))
            .andExpect(redirectedUrl("/pipeline/" + id));
        mvc.perform(post("/pipeline/" + id + "/moves").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("stage", "UNDER_NEGOTIATION").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("changed by someone else")))
            .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get("/pipeline/" + id).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("Concept submitted")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal_event WHERE proposal_id = :id").param("id", id)
            .query(Integer.class).single()).isEqualTo(2);
    }
}

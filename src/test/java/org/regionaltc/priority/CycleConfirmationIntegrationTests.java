package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Closing a cycle, or moving it to consolidation while drafts are unanswered, first shows what it will change. */
@SpringBootTest
@AutoConfigureMockMvc
class CycleConfirmationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    Priorities priorities;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    private PriorityFixtures fixtures;
    private String officer;

    @BeforeEach
    void setUp() {
        fixtures = new PriorityFixtures(cycles, priorities);
        officer = AccountFixtures.anOfficer(administration);
    }

    /** An open cycle carried forward: Peru left two drafts unanswered, Guatemala one, Bolivia confirmed its one. */
    private ReviewCycle anOpenCycleWithUnansweredDrafts() {
        ReviewCycle previous = fixtures.aCycle(CycleStatus.CLOSED);
        ReviewCycle open = fixtures.aCycle(CycleStatus.OPEN, LocalDate.now().plusYears(1), previous.id());
        fixtures.aCarriedForward(open, fixtures.aSubmittedPriorityOf(previous, "PE", 1), PriorityStatus.DRAFT);
        fixtures.aCarriedForward(open, fixtures.aSubmittedPriorityOf(previous, "PE", 2), PriorityStatus.DRAFT);
        fixtures.aCarriedForward(open, fixtures.aSubmittedPriorityOf(previous, "GT", 1), PriorityStatus.DRAFT);
        fixtures.aCarriedForward(open, fixtures.aSubmittedPriorityOf(previous, "BO", 1), PriorityStatus.SUBMITTED);
        return open;
    }

    private MockHttpServletRequestBuilder move(ReviewCycle cycle, CycleStatus to) {
        return post("/cycles/{id}/status", cycle.id()).with(csrf()).with(user(users.loadUserByUsername(officer)))
            .param("to", to.name()).param("version", String.valueOf(cycle.version()));
    }

    @Test
    void movingToConsolidationWithUnansweredDraftsNamesTheCountriesAndWaitsForConfirmation() throws Exception {
        ReviewCycle open = anOpenCycleWithUnansweredDrafts();

        mvc.perform(move(open, CycleStatus.CONSOLIDATION))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Move " + open.title() + " to consolidation?")))
            .andExpect(content().string(containsString(
                "Carried-forward drafts still unanswered (neither confirmed, changed nor dropped): 3, from 2 countries.")))
            .andExpect(content().string(containsString("Guatemala (GT): 1")))
            .andExpect(content().string(containsString("Peru (PE): 2")))
            .andExpect(content().string(not(containsString("Bolivia"))))
            .andExpect(content().string(containsString("name=\"confirm\" value=\"true\"")));
        mvc.perform(move(open, CycleStatus.CONSOLIDATION).param("lang", "es"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Borradores trasladados aún sin respuesta")))
            .andExpect(content().string(containsString("Perú (PE): 2")))
            .andExpect(content().string(containsString(">Confirmar<")))
            .andExpect(content().string(containsString(">Cancelar<")));
        assertThat(cycles.get(open.id()).status()).isEqualTo(CycleStatus.OPEN);

        mvc.perform(move(open, CycleStatus.CONSOLIDATION).param("confirm", "true"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/cycles/" + open.id()));
        assertThat(cycles.get(open.id()).status()).isEqualTo(CycleStatus.CONSOLIDATION);
    }

    @Test
    void aCycleWithEveryDraftAnsweredMovesToConsolidationAtOnce() throws Exception {
        ReviewCycle open = fixtures.aCycle(CycleStatus.OPEN);
        fixtures.aSubmittedPriorityOf(open, "PE", 1);

        mvc.perform(move(open, CycleStatus.CONSOLIDATION)).andExpect(redirectedUrl("/cycles/" + open.id()));
        assertThat(cycles.get(open.id()).status()).isEqualTo(CycleStatus.CONSOLIDATION);
    }

    @Test
    void closingACycleCountsTheProjectsLinkedToItAndWaitsForConfirmation() throws Exception {
        ReviewCycle endorsed = fixtures.aCycleAfterAllOthers(CycleStatus.ENDORSED, null);
        Priority priority = fixtures.aSubmittedPriorityOf(endorsed, "PE", 1);
        for (int i = 0; i < 2; i++) {
            long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
            ProjectFixtures.link(jdbc, project, priority.id(), "STRONG");
        }

        mvc.perform(move(endorsed, CycleStatus.CLOSED))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Close " + endorsed.title() + "?")))
            .andExpect(content().string(containsString("cannot be reopened")))
            .andExpect(content().string(containsString("Projects linked to the priorities of this cycle: 2;")));
        assertThat(cycles.get(endorsed.id()).status()).isEqualTo(CycleStatus.ENDORSED);

        mvc.perform(move(endorsed, CycleStatus.CLOSED).param("confirm", "true"))
            .andExpect(redirectedUrl("/cycles/" + endorsed.id()));
        assertThat(cycles.get(endorsed.id()).status()).isEqualTo(CycleStatus.CLOSED);
    }

    @Test
    void theApiShowsTheImpactAndMovesWithoutAConfirmation() throws Exception {
        ReviewCycle open = anOpenCycleWithUnansweredDrafts();

        mvc.perform(get("/api/cycles/{id}/impact", open.id()).param("to", "CONSOLIDATION")
                .with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.unanswered[0].countryCode").value("GT"))
            .andExpect(jsonPath("$.unanswered[1].countryCode").value("PE"))
            .andExpect(jsonPath("$.unanswered[1].drafts").value(2));
        mvc.perform(get("/api/cycles/{id}/impact", open.id()).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("\"field\":\"to\"")));

        mvc.perform(post("/api/cycles/{id}/transitions", open.id()).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"CONSOLIDATION\", \"version\": " + open.version() + "}"))
            .andExpect(status().isOk());
        assertThat(cycles.get(open.id()).status()).isEqualTo(CycleStatus.CONSOLIDATION);
    }
}

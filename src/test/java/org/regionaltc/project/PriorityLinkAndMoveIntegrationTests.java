package org.regionaltc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.alignment.CycleFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A priority is served strongly or partially, never both; the Move-to list offers the step forward first. */
@SpringBootTest
@AutoConfigureMockMvc
class PriorityLinkAndMoveIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    private String officer;

    @BeforeEach
    void setUp() {
        officer = AccountFixtures.anOfficer(administration);
    }

    @Test
    void refusesAPriorityTickedBothStrongAndPartial() throws Exception {
        long cycle = CycleFixtures.aCurrentCycle(jdbc);
        long priority = CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "A1", "0.8");
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);

        mvc.perform(post("/projects/{id}/priorities", project).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("strong", String.valueOf(priority)).param("partial", String.valueOf(priority)))
            .andExpect(redirectedUrl("/projects/" + project))
            .andExpect(flash().attribute("problem", containsString("either strongly or partially, not both")));
        assertThat(projects.get(project).priorities()).isEmpty();
        mvc.perform(put("/api/projects/{id}/priorities", project).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"priorityId\": %d, \"strength\": \"STRONG\"}, {\"priorityId\": %d, \"strength\": \"PARTIAL\"}]"
                    .formatted(priority, priority)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("\"field\":\"strength\"")));
        assertThat(projects.get(project).priorities()).isEmpty();

        mvc.perform(post("/projects/{id}/priorities", project).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("link-" + priority, "PARTIAL"))
            .andExpect(flash().attribute("tc.confirmation", org.hamcrest.Matchers.hasToString(
                containsString("saved.project.priorities"))));
        assertThat(projects.get(project).priorities())
            .containsExactly(new TcProject.PriorityLink(priority, TcProject.Strength.PARTIAL));
        mvc.perform(get("/projects/{id}", project).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString(
                "type=\"radio\" name=\"link-%d\" value=\"PARTIAL\" aria-label=\"Partial\" checked=\"checked\"".formatted(priority))))
            .andExpect(content().string(not(containsString("type=\"checkbox\" name=\"strong\""))));
    }

    @Test
    void theMoveToListPreselectsTheStepForwardNotTheStepBack() throws Exception {
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        ProjectFixtures.forceStatus(jdbc, project, ProjectStatus.FORMULATION);

        String page = mvc.perform(get("/projects/{id}", project).with(user(users.loadUserByUsername(officer))))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"APPRAISAL\" selected=\"selected\">")
            .contains("<option value=\"IDENTIFICATION\">");
        assertThat(List.of(ProjectStatus.values())).allSatisfy(s -> assertThat(s.forward() == null
            || s.forward().ordinal() > s.ordinal()).as(s + " moves forward to " + s.forward()).isTrue());
    }
}

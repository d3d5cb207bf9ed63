package org.regionaltc.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class HomeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    @Test
    void visitorsSeeThePublishedProgrammeAndTheSampleDataLabel() throws Exception {
        String published = mvc.perform(get("/api/projects")).andReturn().getResponse().getContentAsString();
        int count = published.equals("[]") ? 0 : published.split("\"identifier\"").length - 1;
        mvc.perform(get("/"))
            .andExpect(content().string(containsString("id=\"project-count\">" + count + "<")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"project-count\"")))
            .andExpect(content().string(not(containsString("id=\"portfolio-score\""))))
            .andExpect(content().string(containsString("Sample data: this page shows content of the demo programme")));
    }

    @Test
    void signedInUsersAlsoSeeThePortfolioAlignmentAndTheGaps() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername(AccountFixtures.anOfficer(administration)))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"portfolio-score\"")))
            .andExpect(content().string(containsString("High-weight priorities with little or no project budget")));
    }
}

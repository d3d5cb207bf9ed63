package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every page of the feature renders, in English and Spanish, with no missing message and the sample-data banner. */
@SpringBootTest
@AutoConfigureMockMvc
class PriorityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    PriorityDemo demo;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    Priorities priorities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPageRendersForTheSecretariatInEveryLanguage() throws Exception {
        demo.load();
        ReviewCycle current = cycles.findAll().stream().filter(c -> c.sample() && c.status() == CycleStatus.CONSOLIDATION)
            .findFirst().orElseThrow();
        ReviewCycle open = new PriorityFixtures(cycles, priorities).anOpenCycle();
        Priority draft = new PriorityFixtures(cycles, priorities).aDraftOf(open, "PE", 1);
        long meeting = jdbc.sql("SELECT MIN(id) FROM meeting WHERE is_sample").query(Long.class).single();
        String officer = AccountFixtures.anOfficer(administration);
        List<String> pages = List.of("/", "/programme", "/cycles", "/cycles/" + current.id(), "/cycles/compare",
            "/cycles/new", "/cycles/" + current.id() + "/consolidation", "/cycles/" + open.id(),
            "/cycles/" + open.id() + "/countries/PE", "/cycles/" + open.id() + "/countries/PE/priorities/new",
            "/priorities/" + draft.id() + "/edit", "/meetings", "/meetings/" + meeting, "/meetings/new",
            "/meetings/" + meeting + "/edit", "/actions");
        for (String lang : List.of("en", "es")) {
            for (String page : pages) {
                var response = mvc.perform(get(page).param("lang", lang).with(user(users.loadUserByUsername(officer))))
                    .andReturn().getResponse();
                assertThat(response.getStatus()).as(page + " in " + lang).isEqualTo(200);
                assertThat(response.getContentAsString()).as(page + " in " + lang).doesNotContain("??");
            }
        }
        String apiDocs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(apiDocs).contains("/api/cycles/compare").contains("/api/priorities/{priorityId}")
            .contains("/api/meetings/{meetingId}/actions");
        String comparison = mvc.perform(get("/cycles/compare").param("to", String.valueOf(current.id()))
                .with(user(users.loadUserByUsername(officer))))
            .andReturn().getResponse().getContentAsString();
        assertThat(comparison).contains("Sample: Review cycle 2024–2025").contains("re-worded").contains("class=\"sample\"");
    }
}

package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project list and the ledger show 100 rows a page with a pager (issue 16: 12,000 projects made a 4 MB page and
 * 500,000 ledger lines one that never finished), and the filter travels with the pager's links.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListPagingIntegrationTests {

    private static final Pattern PROJECT_ROW = Pattern.compile("<tr>\\s*<td>TEST-");
    private static final Pattern LEDGER_ROW = Pattern.compile("<td><a href=\"/financing/bodies/GEF\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private String officer;
    private String tag;
    private long project;

    @BeforeEach
    void aHundredAndOneProjectsAndLedgerLines() {
        officer = AccountFixtures.anOfficer(administration);
        tag = "paged" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 101; i++) {
            long id = FundingFixtures.aProject(jdbc, "NATIONAL", "USD", "1000", Map.of("PE", "100"));
            jdbc.sql("UPDATE tc_project SET title_en = :title WHERE id = :id")
                .param("title", "Project " + tag + " " + i).param("id", id).update();
            if (i == 0) {
                project = id;
            }
            FundingFixtures.anEntry(jdbc, "COMMITMENT", "GEF", project, null, "10");
        }
    }

    @Test
    void theProjectListShowsAHundredAPageAndThePagerKeepsTheFilter() throws Exception {
        String first = page("/projects?q=" + tag, "en");
        assertThat(rows(PROJECT_ROW, first)).isEqualTo(100);
        assertThat(first).contains("101 projects", "1–100 of 101 (page 1 of 2)")
            .containsPattern("id=\"next-page\" href=\"/projects\\?[^\"]*q=" + tag + "&amp;page=2\"")
            .doesNotContain("id=\"previous-page\"");

        String second = page("/projects?q=" + tag + "&page=2", "es");
        assertThat(rows(PROJECT_ROW, second)).isEqualTo(1);
        assertThat(second).contains("101 proyectos", "101–101 de 101 (página 2 de 2)", "Página anterior")
            .doesNotContain("id=\"next-page\"");

        assertThat(page("/projects?q=" + tag + "&page=99", "en")).as("past the end: the last page")
            .contains("101–101 of 101");
        assertThat(page("/projects?q=" + tag + "&page=two", "en")).as("not a number: the first page")
            .contains("1–100 of 101");
        assertThat(page("/projects?q=" + FundingFixtures.identifierOf(jdbc, project), "en")).as("one page: no pager").contains("1 projects")
            .doesNotContain("class=\"paging\"");
    }

    @Test
    void theLedgerShowsAHundredLinesAPage() throws Exception {
        String first = page("/funding/ledger?project=" + project, "en");
        assertThat(rows(LEDGER_ROW, first)).isEqualTo(100);
        assertThat(first).contains("1–100 of 101 (page 1 of 2)")
            .containsPattern("id=\"next-page\" href=\"/funding/ledger\\?[^\"]*project=" + project + "&amp;page=2\"");
        assertThat(rows(LEDGER_ROW, page("/funding/ledger?project=" + project + "&page=2", "en"))).isEqualTo(1);
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long rows(Pattern row, String html) {
        return row.matcher(html).results().count();
    }
}

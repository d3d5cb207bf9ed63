package org.regionaltc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The audit page shows each changed field as a before/after row, a page at a time. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPageTests {

    record Sample(String title, int amount) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private String page(String entityType, String page, String lang) throws Exception {
        return mvc.perform(get("/audit").param("entityType", entityType).param("page", page).param("lang", lang)
                .with(user(users.loadUserByUsername(AccountFixtures.anOfficer(administration)))))
            .andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsEachChangedFieldBeforeAndAfter() throws Exception {
        String type = "Sample" + UUID.randomUUID().toString().substring(0, 8);
        audit.updated(type, 1, new Sample("Agro <b>value</b> chains", 10), new Sample("Agro-industrial value chains", 10));

        String page = page(type, "1", "es");
        assertThat(page).contains("<th scope=\"col\">Antes</th>").contains("<th scope=\"col\">Después</th>")
            .contains("<th scope=\"row\" class=\"field\">title</th>")
            .contains("<td class=\"before prewrap\">Agro &lt;b&gt;value&lt;/b&gt; chains</td>")
            .contains("<td class=\"after prewrap\">Agro-industrial value chains</td>")
            .doesNotContain("\"before\":").doesNotContain(">amount<");
    }

    @Test
    void pagesThroughTheTrailWithAPageParameter() throws Exception {
        String type = "Paged" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= AuditController.PAGE_SIZE + 2; i++) {
            audit.created(type, i, new Sample("entry " + i, i));
        }

        String first = page(type, "1", "en");
        assertThat(first.split(">" + type + " ", -1)).hasSize(AuditController.PAGE_SIZE + 1);
        assertThat(first).contains("Page 1: entries 1 to 50, newest first").contains("id=\"next-page\"")
            .contains("page=2").doesNotContain("id=\"previous-page\"").contains(">" + type + " 52<");
        String second = page(type, "2", "en");
        assertThat(second.split(">" + type + " ", -1)).hasSize(3);
        assertThat(second).contains("Page 2: entries 51 to 52").contains(">" + type + " 2<").contains(">" + type + " 1<")
            .contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");
        assertThat(page(type, "not-a-number", "en")).contains("Page 1: entries 1 to 50");
    }
}

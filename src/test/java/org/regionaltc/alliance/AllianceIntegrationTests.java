package org.regionaltc.alliance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AllianceIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    Projects projects;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String officer;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        officer = AccountFixtures.anOfficer(administration);
    }

    @Test
    void anAgreementDueWithinNinetyDaysIsOnTheSecretariatsHomePageAndOneDueLaterIsNot() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long partner = id(mvc.perform(post("/api/partners").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Partner " + suffix + "\", \"acronym\": \"P" + suffix + "\", \"kind\": \"UNIVERSITY\", \"countryCode\": \"PE\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        agreement("Soon " + suffix, partner, today.plusDays(89));
        agreement("Later " + suffix, partner, today.plusDays(91));

        mvc.perform(get("/api/agreements/due").with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$[*].title").value(hasItem("Soon " + suffix)))
            .andExpect(jsonPath("$[*].title").value(not(hasItem("Later " + suffix))));
        mvc.perform(get("/").with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("agreements-due")))
            .andExpect(content().string(containsString("Soon " + suffix)))
            .andExpect(content().string(not(containsString("Later " + suffix))));
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(not(containsString("Soon " + suffix))));
        mvc.perform(get("/partners")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Soon " + suffix)))
            .andExpect(content().string(containsString("P" + suffix)));
    }

    @Test
    void refusesAnAgreementWithoutPartiesOrEndingBeforeItsSignatureNamingTheField() throws Exception {
        mvc.perform(post("/api/agreements").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"x\", \"kind\": \"LETTER_OF_INTENT\", \"status\": \"ACTIVE\", \"partnerIds\": []}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partnerIds"));
    }

    @Test
    void aCooperationLinkOfAnUnpublishedProjectIsSeenOnlyByTheSecretariatAndItsCountrysFocalPoint() throws Exception {
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
        String counterpart = "Kenya Industrial Research Institute " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/api/cooperation-links").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"projectId": %d, "region": "AFRICA", "counterpart": "%s", "exchangeType": "TWINNING",
                     "startsOn": "2025-01-10", "endsOn": "2025-06-30", "results": "Two laboratories twinned."}
                    """.formatted(project, counterpart)))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.region").value("AFRICA"));
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        mvc.perform(get("/api/cooperation-links").with(httpBasic(bolivia, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$[*].counterpart").value(hasItem(counterpart)));
        mvc.perform(get("/api/cooperation-links").with(httpBasic(chile, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$[*].counterpart").value(not(hasItem(counterpart))));
        mvc.perform(get("/cooperation")).andExpect(status().isOk())
            .andExpect(content().string(not(containsString(counterpart))));
        // The page names the project by its title, linked to the project's page, not by its id.
        String title = jdbc.sql("SELECT title_en FROM tc_project WHERE id = :id").param("id", project)
            .query(String.class).single();
        mvc.perform(get("/cooperation").with(user(users.loadUserByUsername(officer)))).andExpect(status().isOk())
            .andExpect(content().string(containsString(counterpart)))
            .andExpect(content().string(containsString("<a href=\"/projects/" + project + "\">" + title + "</a>")));
    }

    @Test
    void signedCopiesAreStoredWithTheirAgreementAndADraftsCopiesStayWithTheSecretariat() throws Exception {
        long active = AllianceFixtures.anAgreement(jdbc, "ACTIVE");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/agreements/{a}/documents", active)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "mou.pdf", "application/pdf", "%PDF-1.7 mou".getBytes()))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(users.loadUserByUsername(officer))))
            .andExpect(status().is3xxRedirection());
        long document = jdbc.sql("SELECT MAX(id) FROM agreement_document WHERE agreement_id = :a").param("a", active)
            .query(Long.class).single();
        mvc.perform(get("/agreements/{a}/documents/{d}", active, document))
            .andExpect(status().isOk()).andExpect(content().bytes("%PDF-1.7 mou".getBytes()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/agreements/{a}/documents", active)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "script.js", "application/pdf", new byte[] {1}))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isBadRequest()).andExpect(content().string(containsString("script.js")));

        long draft = AllianceFixtures.anAgreement(jdbc, "DRAFT");
        long hidden = AllianceFixtures.aDocument(jdbc, draft);
        mvc.perform(get("/agreements/{a}/documents/{d}", draft, hidden)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/agreements/{a}/documents/{d}", draft, hidden).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk());
    }

    private void agreement(String title, long partner, LocalDate renewal) throws Exception {
        mvc.perform(post("/api/agreements").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"title": "%s", "kind": "MEMORANDUM_OF_UNDERSTANDING", "status": "ACTIVE", "signedOn": "2024-01-01",
                     "endsOn": "2030-01-01", "renewalOn": "%s", "partnerIds": [%d]}
                    """.formatted(title, renewal, partner)))
            .andExpect(status().isCreated());
    }

    private static long id(String json) {
        return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)\\D.*", ""));
    }
}

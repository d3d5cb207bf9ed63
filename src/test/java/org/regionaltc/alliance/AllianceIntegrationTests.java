package org.regionaltc.alliance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
    void theSecretariatChangesAnAgreementsStatusAndRenewalDateOverTheApiGuardedByItsVersionAndAudited() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long partner = id(mvc.perform(post("/api/partners").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Partner " + suffix + "\", \"kind\": \"DEVELOPMENT_BANK\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long agreement = agreement("Renewed " + suffix, partner, today.plusDays(400));
        String renewal = today.plusDays(30).toString();
        String change = """
            {"title": "Renewed %s", "kind": "FRAMEWORK_AGREEMENT", "status": "%s", "signedOn": "2024-01-15",
             "renewalOn": "%s", "partnerIds": [%d], "version": %s}""";

        mvc.perform(put("/api/agreements/{id}", agreement).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(suffix, "ACTIVE", renewal, partner, "0")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
            .andExpect(jsonPath("$.renewalOn").value(renewal)).andExpect(jsonPath("$.kind").value("FRAMEWORK_AGREEMENT"));
        // Now due within 90 days: on the reminder list.
        mvc.perform(get("/api/agreements/due").with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$[*].title").value(hasItem("Renewed " + suffix)));

        // Someone who read version 0 is refused, and nothing of theirs is written.
        mvc.perform(put("/api/agreements/{id}", agreement).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(suffix, "TERMINATED", renewal, partner, "0")))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("changed by someone else")));
        mvc.perform(put("/api/agreements/{id}", agreement).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(suffix, "TERMINATED", renewal, partner, "null")))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put("/api/agreements/{id}", agreement).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"title": "x", "kind": "FRAMEWORK_AGREEMENT", "status": "EXPIRED", "signedOn": "2024-01-15",
                     "endsOn": "2023-01-01", "partnerIds": [], "version": 1}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("partnerIds")));
        mvc.perform(put("/api/agreements/{id}", agreement).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"title": "x", "kind": "FRAMEWORK_AGREEMENT", "status": "EXPIRED", "signedOn": "2024-01-15",
                     "endsOn": "2023-01-01", "partnerIds": [%s], "version": 1}""".formatted(partner)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("endsOn")));
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");
        mvc.perform(put("/api/agreements/{id}", agreement).with(httpBasic(focalPoint, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(suffix, "EXPIRED", renewal, partner, "1")))
            .andExpect(status().isForbidden());

        mvc.perform(put("/api/agreements/{id}", agreement).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(suffix, "EXPIRED", renewal, partner, "1")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"));
        mvc.perform(get("/api/agreements/due").with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$[*].title").value(not(hasItem("Renewed " + suffix))));
        java.util.List<String> trail = jdbc.sql("SELECT action || ' ' || COALESCE(changes, '') FROM audit_entry"
                + " WHERE entity_type = 'Agreement' AND entity_id = :id ORDER BY id")
            .param("id", String.valueOf(agreement)).query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(trail).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(trail.get(1)).startsWith("UPDATE").contains(renewal);
        org.assertj.core.api.Assertions.assertThat(trail.get(2)).startsWith("UPDATE").contains("EXPIRED");
    }

    @Test
    void thePartnerEditPageSavesAChangeAndRefusesOneMadeOnAStaleCopy() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long partner = id(mvc.perform(post("/api/partners").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Old name " + suffix + "\", \"kind\": \"UNIVERSITY\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/partners").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("/partners/" + partner + "/edit")));
        mvc.perform(get("/partners")).andExpect(content().string(not(containsString("/partners/" + partner + "/edit"))));
        mvc.perform(get("/partners/{id}/edit", partner).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Old name " + suffix + "\"")))
            .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(post("/partners/{id}", partner).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("name", "New name " + suffix).param("kind", "INDUSTRY_ASSOCIATION").param("countryCode", "CL")
                .param("version", "0"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/partners")).andExpect(jsonPath("$[?(@.id == " + partner + ")].name").value(hasItem("New name " + suffix)))
            .andExpect(jsonPath("$[?(@.id == " + partner + ")].countryCode").value(hasItem("CL")));

        mvc.perform(post("/partners/{id}", partner).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("name", "Stale name " + suffix).param("kind", "UNIVERSITY").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("was changed by someone else")));
        mvc.perform(post("/partners/{id}", partner).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .header("Accept-Language", "es").param("lang", "es")
                .param("name", "Stale name " + suffix).param("kind", "UNIVERSITY").param("version", "0"))
            .andExpect(content().string(containsString("Otra persona modificó el socio")));
        mvc.perform(get("/api/partners")).andExpect(jsonPath("$[?(@.id == " + partner + ")].name").value(hasItem("New name " + suffix)));
        mvc.perform(put("/api/partners/{id}", partner).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Api name " + suffix + "\", \"kind\": \"UNIVERSITY\", \"countryCode\": \"ZZ\", \"version\": 1}"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("countryCode"));
    }

    @Test
    void aCooperationLinkIsChangedOnItsEditPageAndOverTheApi() throws Exception {
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        long other = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "CL", 100);
        String counterpart = "Technical University " + UUID.randomUUID().toString().substring(0, 6);
        long link = id(mvc.perform(post("/api/cooperation-links").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"projectId": %d, "region": "AFRICA", "counterpart": "%s", "exchangeType": "STUDY_TOUR"}
                    """.formatted(project, counterpart)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/cooperation").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("/cooperation/" + link + "/edit")));
        mvc.perform(get("/cooperation/{id}/edit", link).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andExpect(content().string(containsString(counterpart)));

        mvc.perform(post("/cooperation/{id}", link).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("projectId", String.valueOf(other)).param("region", "EUROPE").param("counterpart", counterpart)
                .param("exchangeType", "TWINNING").param("startsOn", "2025-03-01").param("endsOn", "2025-01-01")
                .param("version", "0"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("must not be before the start")));
        mvc.perform(post("/cooperation/{id}", link).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("projectId", String.valueOf(other)).param("region", "EUROPE").param("counterpart", counterpart)
                .param("exchangeType", "TWINNING").param("startsOn", "2025-03-01").param("endsOn", "2025-09-01")
                .param("results", "Two laboratories twinned.").param("version", "0"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(put("/api/cooperation-links/{id}", link).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"projectId": %d, "region": "ASIA_PACIFIC", "counterpart": "%s", "exchangeType": "TWINNING",
                     "version": 0}""".formatted(other, counterpart)))
            .andExpect(status().isConflict());
        mvc.perform(put("/api/cooperation-links/{id}", link).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"projectId": %d, "region": "ASIA_PACIFIC", "counterpart": "%s", "exchangeType": "TRIANGULAR_COOPERATION",
                     "results": "A joint pilot plant.", "version": 1}""".formatted(other, counterpart)))
            .andExpect(status().isOk()).andExpect(jsonPath("$.region").value("ASIA_PACIFIC"))
            .andExpect(jsonPath("$.projectId").value(other)).andExpect(jsonPath("$.version").value(2));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry"
                + " WHERE entity_type = 'CooperationLink' AND entity_id = :id AND action = 'UPDATE'")
            .param("id", String.valueOf(link)).query(Integer.class).single()).isEqualTo(2);
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

    private long agreement(String title, long partner, LocalDate renewal) throws Exception {
        return id(mvc.perform(post("/api/agreements").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"title": "%s", "kind": "MEMORANDUM_OF_UNDERSTANDING", "status": "ACTIVE", "signedOn": "2024-01-01",
                     "endsOn": "2030-01-01", "renewalOn": "%s", "partnerIds": [%d]}
                    """.formatted(title, renewal, partner)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static long id(String json) {
        return Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)\\D.*", ""));
    }
}

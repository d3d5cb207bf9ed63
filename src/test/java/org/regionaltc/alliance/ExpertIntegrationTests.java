package org.regionaltc.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Personal data of experts: who sees it, and that the audit trail never holds it, through to erasure. */
@SpringBootTest
@AutoConfigureMockMvc
class ExpertIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private String officer;
    private String name;
    private String email;

    @BeforeEach
    void setUp() {
        officer = AccountFixtures.anOfficer(administration);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        name = "Ana Quispe " + suffix;
        email = "ana." + suffix + "@example.org";
    }

    @Test
    void personalDataIsShownToTheSecretariatOnlyAndSkillsToEverySignedInUser() throws Exception {
        long id = create();
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PE");
        mvc.perform(get("/api/experts/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$.email").value(email)).andExpect(jsonPath("$.name").value(name));
        mvc.perform(get("/api/experts/{id}", id).with(httpBasic(focalPoint, AccountFixtures.PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.themes[0]").value("C1"))
            .andExpect(jsonPath("$.languages[0]").value("es"))
            .andExpect(content().string(not(containsString(email))))
            .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/experts").with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().isOk()).andExpect(content().string(not(containsString(email))))
            .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/experts/{id}", id).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andExpect(content().string(containsString(email)));
        mvc.perform(get("/api/experts")).andExpect(status().isUnauthorized());
    }

    @Test
    void theAuditTrailRecordsThatPersonalFieldsChangedButNeverTheirValuesAndErasureLeavesOnlyTheFact() throws Exception {
        long id = create();
        String newEmail = "new." + email;
        mvc.perform(put("/api/experts/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name": "%s", "email": "%s", "phone": "+51 999", "themes": ["C1", "C2"], "languages": ["es"],
                     "countries": ["PE"], "version": 0}
                    """.formatted(name, newEmail)))
            .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        String export = mvc.perform(get("/api/experts/{id}/export", id).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(export).contains(newEmail).contains("+51 999").contains("C2");

        mvc.perform(delete("/api/experts/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(status().isNoContent());
        mvc.perform(get("/api/experts/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(status().isNotFound());

        List<String> trail = jdbc.sql("SELECT action || ' ' || COALESCE(changes, '') FROM audit_entry "
                + "WHERE entity_type = 'Expert' AND entity_id = :id ORDER BY id")
            .param("id", String.valueOf(id)).query(String.class).list();
        assertThat(trail).hasSize(3);
        assertThat(trail.get(0)).startsWith("CREATE");
        assertThat(trail.get(1)).startsWith("UPDATE").contains("\"email\"").contains("C2");
        assertThat(trail.get(2)).startsWith("DELETE");
        assertThat(String.join("\n", trail)).doesNotContain(email).doesNotContain(newEmail).doesNotContain("Ana Quispe")
            .doesNotContain("+51 999");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM expert_skill WHERE expert_id = :id").param("id", id)
            .query(Integer.class).single()).isZero();
    }

    @Test
    void refusesAnUnknownLanguageOrAPeriodEndingBeforeItStartsNamingTheField() throws Exception {
        mvc.perform(post("/api/experts").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name": "X", "languages": ["xx"], "availability": [{"startsOn": "2027-05-01", "endsOn": "2027-01-01"}]}
                    """))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("languages", "availability")));
    }

    @Test
    void theExpertPagesRecordAndChangeAvailabilityPeriodsAndPastAssignments() throws Exception {
        long project = org.regionaltc.funding.FundingFixtures.aProject(jdbc, "PE", "1000.00");
        var officerUser = user(users.loadUserByUsername(officer));
        mvc.perform(get("/experts/new").with(officerUser)).andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"periodStart\"")))
            .andExpect(content().string(containsString("name=\"assignmentProject\"")));
        String location = mvc.perform(post("/experts").with(csrf()).with(officerUser)
                .param("name", name).param("email", email).param("themes", "C1").param("languages", "es")
                .param("countries", "PE")
                .param("periodStart", "2027-01-01", "").param("periodEnd", "2027-06-30", "")
                .param("assignmentProject", String.valueOf(project), "").param("assignmentRole", "Lead expert", ""))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(String.valueOf(location).replaceAll("\\D", ""));
        mvc.perform(get("/api/experts/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$.availability[0].startsOn").value("2027-01-01"))
            .andExpect(jsonPath("$.availability[0].endsOn").value("2027-06-30"))
            .andExpect(jsonPath("$.assignments[0].projectId").value(project))
            .andExpect(jsonPath("$.assignments[0].role").value("Lead expert"));

        // The edit page shows the expert's rows, filled in, and their skills ticked.
        mvc.perform(get("/experts/{id}/edit", id).with(officerUser)).andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"2027-06-30\"")))
            .andExpect(content().string(containsString("value=\"Lead expert\"")))
            .andExpect(content().string(containsString("value=\"C1\" checked")));

        // A half-filled period is refused naming its row; nothing is written.
        mvc.perform(post("/experts/{id}", id).with(csrf()).with(officerUser)
                .param("name", name).param("version", "0")
                .param("periodStart", "2027-01-01", "2028-01-01").param("periodEnd", "2027-06-30", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("row 2: a period needs a start and an end")));
        mvc.perform(post("/experts/{id}", id).with(csrf()).with(officerUser).param("lang", "es")
                .param("name", name).param("version", "0")
                .param("assignmentProject", "").param("assignmentRole", "Asesor"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("fila 1: una asignación necesita un proyecto")));

        // Two periods, the assignment emptied: saved, and the version moves on.
        mvc.perform(post("/experts/{id}", id).with(csrf()).with(officerUser)
                .param("name", name).param("email", email).param("themes", "C1", "C2").param("version", "0")
                .param("periodStart", "2027-01-01", "2028-01-01", "").param("periodEnd", "2027-06-30", "2028-03-31", "")
                .param("assignmentProject", "", "").param("assignmentRole", "", ""))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/experts/{id}", id).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$.availability.length()").value(2))
            .andExpect(jsonPath("$.availability[1].endsOn").value("2028-03-31"))
            .andExpect(jsonPath("$.assignments.length()").value(0))
            .andExpect(jsonPath("$.themes.length()").value(2))
            .andExpect(jsonPath("$.version").value(1));
        // A page opened before that change is refused.
        mvc.perform(post("/experts/{id}", id).with(csrf()).with(officerUser).param("name", "Stale").param("version", "0"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("changed by someone else")));
    }

    private long create() throws Exception {
        String created = mvc.perform(post("/api/experts").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"name": "%s", "email": "%s", "cv": "Chemical engineer", "themes": ["C1"], "languages": ["es"],
                     "countries": ["PE"], "availability": [{"startsOn": "2027-01-01", "endsOn": "2027-12-31"}]}
                    """.formatted(name, email)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1").replaceAll("(?s)\\D.*", ""));
    }
}

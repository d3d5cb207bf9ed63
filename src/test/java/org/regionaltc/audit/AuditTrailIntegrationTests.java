package org.regionaltc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;

    private String anAccount(String role, List<String> countries) {
        return AccountFixtures.anAccount(administration, role, countries.toArray(String[]::new));
    }

    @Test
    void anUpdateRecordsWhoAndOnlyTheChangedFieldsBeforeAndAfter() throws Exception {
        String focalPoint = anAccount("FOCAL_POINT", List.of("HN"));
        String officer = anAccount("OFFICER", List.of());
        int version = jdbc.sql("SELECT version FROM country WHERE code = 'HN'").query(Integer.class).single();
        mvc.perform(put("/api/countries/HN/profile").with(httpBasic(focalPoint, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"industrialPolicyTitle": "Política industrial %s", "industrialPolicyYear": 2021, "version": %d}"""
                    .formatted(focalPoint, version)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.industrialPolicyTitle").value("Política industrial " + focalPoint));

        mvc.perform(get("/api/audit").with(httpBasic(officer, PASSWORD))
                .param("entityType", "Country").param("entityId", "HN").param("actor", focalPoint))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].action").value("UPDATE"))
            .andExpect(jsonPath("$[0].actor").value(focalPoint))
            .andExpect(jsonPath("$[0].changes").value(org.hamcrest.Matchers.containsString(
                "\"industrialPolicyTitle\":{\"before\":")))
            .andExpect(jsonPath("$[0].changes").value(org.hamcrest.Matchers.containsString(
                "\"after\":\"Política industrial " + focalPoint + "\"")))
            .andExpect(jsonPath("$[0].changes").value(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("profileNotes"))));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        String officer = anAccount("OFFICER", List.of());
        int version = jdbc.sql("SELECT version FROM country WHERE code = 'SR'").query(Integer.class).single();
        mvc.perform(put("/api/countries/SR/profile").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"profileNotes\": \"first\", \"version\": %d}".formatted(version)))
            .andExpect(status().isOk());
        mvc.perform(put("/api/countries/SR/profile").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"profileNotes\": \"second\", \"version\": %d}".formatted(version)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("changed by someone else")));
        assertThat(jdbc.sql("SELECT profile_notes FROM country WHERE code = 'SR'").query(String.class).single())
            .isEqualTo("first");
    }

    @Test
    void creatingAnAccountIsRecordedWithoutThePasswordHash() {
        String username = anAccount("OFFICER", List.of());
        String changes = jdbc.sql("""
                SELECT changes FROM audit_entry WHERE entity_type = 'UserAccount' AND action = 'CREATE'
                AND changes LIKE :like""").param("like", "%" + username + "%").query(String.class).single();
        assertThat(changes).contains("\"role\":{\"before\":null,\"after\":\"OFFICER\"}")
            .contains("\"passwordHash\":{\"before\":null,\"after\":\"(changed)\"}")
            .doesNotContain("{bcrypt}");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() {
        anAccount("OFFICER", List.of());
        long id = jdbc.sql("SELECT MAX(id) FROM audit_entry").query(Long.class).single();
        // The trigger refuses on H2; on PostgreSQL the application's role is not even granted the change.
        String refused = "(?s).*(audit entries cannot be changed or deleted|permission denied for table audit_entry).*";
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else' WHERE id = :id").param("id", id).update())
            .rootCause().hasMessageMatching(refused);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", id).update())
            .rootCause().hasMessageMatching(refused);
    }

    @Test
    void theAuditPageFiltersEntries() throws Exception {
        String admin = anAccount("ADMIN", List.of());
        mvc.perform(get("/audit").param("entityType", "UserAccount").param("action", "CREATE")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                    admin).roles("ADMIN")))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                org.hamcrest.Matchers.containsString(admin)));
    }
}

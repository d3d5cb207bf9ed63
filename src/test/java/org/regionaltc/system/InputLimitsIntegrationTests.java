package org.regionaltc.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
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
import org.springframework.test.web.servlet.ResultActions;

/** Input out of bounds is a 400 (or a field error on the form) naming the field, never a 500 or an unnamed 409. */
@SpringBootTest
@AutoConfigureMockMvc
class InputLimitsIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;
    /** 73 bytes in UTF-8 with 37 characters: bcrypt would read only the first 72 bytes. */
    private static final String TOO_LONG_PASSWORD = "é".repeat(36) + "x";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private ResultActions postProject(String officer, String fields) throws Exception {
        String identifier = "CO-LIM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"identifier": "%s", "titleEn": "Limits", "scope": "NATIONAL", "currency": "USD",
                 "totalBudget": 1000, "countries": {"CO": 100}, "sectors": {"41010": 100}%s}"""
                .formatted(identifier, fields)));
    }

    private void refused(ResultActions answer, String field) throws Exception {
        answer.andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedNamingTheField() throws Exception {
        String admin = AccountFixtures.anAccount(administration, "ADMIN");
        refused(mvc.perform(post("/api/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username": "long-%s", "password": "%s", "displayName": "Long Password", "role": "OFFICER"}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8), TOO_LONG_PASSWORD))), "password");
        mvc.perform(post("/api/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username": "long-%s", "password": "%s", "displayName": "Long Password", "role": "OFFICER"}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 8), TOO_LONG_PASSWORD)))
            .andExpect(jsonPath("$.errors[0].message", containsString("72 bytes")));

        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(post("/account/password").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("current", PASSWORD).param("password", TOO_LONG_PASSWORD).param("repeat", TOO_LONG_PASSWORD))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("72 bytes")));
        mvc.perform(post("/account/password").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("current", TOO_LONG_PASSWORD).param("password", "another-long-password").param("repeat",
                    "another-long-password"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is not your current password")));
    }

    @Test
    void anAuditLimitOutOfRangeIsRefusedNamingTheParameter() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        for (String limit : new String[] {"0", "-1", "999999", "many"}) {
            refused(mvc.perform(get("/api/audit").param("limit", limit).with(httpBasic(officer, PASSWORD))), "limit");
        }
        mvc.perform(get("/api/audit").param("limit", "5").with(httpBasic(officer, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void anImpossibleOrImplausibleJsonDateIsRefusedNamingTheProperty() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        for (String date : new String[] {"0000-00-00", "2026-02-30", "0000-01-01", "+99999-01-01", "1949-12-31",
                "2101-01-01"}) {
            refused(postProject(officer, ", \"plannedStart\": \"" + date + "\""), "plannedStart");
        }
        postProject(officer, ", \"plannedStart\": \"1950-01-01\", \"plannedEnd\": \"2100-12-31\"")
            .andExpect(status().isCreated());
    }

    @Test
    void anAmountTooLargeForItsColumnIsRefusedNamingTheProperty() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        refused(postProject(officer, ", \"totalBudget\": 1e20"), "totalBudget");
        postProject(officer, ", \"totalBudget\": 1e20").andExpect(jsonPath("$.errors[0].message",
            containsString("at most 16 digits")));
        refused(postProject(officer, ", \"budgetByYear\": {\"2027\": 1e20}"), "budgetByYear.2027");
        refused(mvc.perform(post("/api/exchange-rates").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currency\": \"EUR\", \"date\": \"2025-01-01\", \"usdPerUnit\": 1e20}")), "usdPerUnit");
    }

    @Test
    void aNullCharacterInAnyTextIsRefusedNamingTheField() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        refused(postProject(officer, ", \"unidoUnit\": \"bad\\u0000unit\""), "unidoUnit");
        refused(postProject(officer, ", \"counterparts\": [\"fine\", \"bad\\u0000one\"]"), "counterparts[1]");
        refused(mvc.perform(get("/api/projects").param("q", "a\u0000b")), "q");
        mvc.perform(post("/meetings").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("title", "Bad\u0000title").param("kind", "MEETING").param("heldOn", "2026-03-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("must not contain the null character (U+0000)")));
    }

    @Test
    void anImplausibleDateOnAFormIsAFieldErrorInTheUsersLanguage() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        int before = jdbc.sql("SELECT COUNT(*) FROM meeting").query(Integer.class).single();
        mvc.perform(post("/meetings").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("title", "Far future").param("kind", "MEETING").param("heldOn", "+99999-01-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("must be a date between 1950-01-01 and 2100-12-31")))
            .andExpect(content().string(not(containsString("Failed to convert"))));
        mvc.perform(post("/meetings").param("lang", "es").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("title", "Muy antigua").param("kind", "MEETING").param("heldOn", "0000-01-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("debe ser una fecha entre 1950-01-01 y 2100-12-31")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting").query(Integer.class).single())
            .isEqualTo(before);
    }
}

package org.regionaltc.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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

@SpringBootTest
@AutoConfigureMockMvc
class ErrorHandlingIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private String anAccount(String role, List<String> countries) {
        return AccountFixtures.anAccount(administration, role, countries.toArray(String[]::new));
    }

    @Test
    void anUnknownPageGetsTheNotFoundPage() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
            .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/countries/ZZ").accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("Country ZZ does not exist")));
    }

    @Test
    void anUnknownApiRouteGetsJson() throws Exception {
        mvc.perform(get("/api/no-such-thing"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/countries/ZZ"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("Country ZZ does not exist"));
    }

    @Test
    void invalidApiInputGetsA400NamingTheFields() throws Exception {
        String admin = anAccount("ADMIN", List.of());
        mvc.perform(post("/api/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username": "x", "displayName": "", "email": "not-an-email", "role": "OFFICER"}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("username", "displayName", "email")));
        mvc.perform(post("/api/users").with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"username": "fp-%s", "displayName": "Focal", "role": "FOCAL_POINT", "countries": ["XX"],
                     "password": "long-enough-password"}""".formatted(UUID.randomUUID().toString().substring(0, 6))))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("countries"))
            .andExpect(jsonPath("$.errors[0].message").value("XX is not a GRULAC country code"));
    }

    @Test
    void invalidFormInputShowsTheMessageOfEachField() throws Exception {
        String focalPoint = anAccount("FOCAL_POINT", List.of("EC"));
        mvc.perform(post("/countries/EC/profile").with(csrf()).with(user(users.loadUserByUsername(focalPoint)))
                .param("industrialPolicyUrl", "not a link").param("industrialPolicyYear", "1800").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("must be an http(s) link")))
            .andExpect(content().string(containsString("must be greater than or equal to 1950")));
    }

    @Test
    void accessBeyondOnesRoleIsRefusedAndAudited() throws Exception {
        String focalPoint = anAccount("FOCAL_POINT", List.of("CL"));
        mvc.perform(put("/api/countries/AR/profile").with(httpBasic(focalPoint, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value("You do not have the rights to PUT /api/countries/AR/profile"));
        mvc.perform(get("/admin/users").with(user(users.loadUserByUsername(focalPoint))).accept(MediaType.TEXT_HTML))
            .andExpect(status().isForbidden());
        List<String> refused = jdbc.sql("SELECT summary FROM audit_entry WHERE actor = :actor AND action = 'ACCESS_DENIED'")
            .param("actor", focalPoint).query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(refused)
            .contains("PUT /api/countries/AR/profile refused", "GET /admin/users refused");
    }
}

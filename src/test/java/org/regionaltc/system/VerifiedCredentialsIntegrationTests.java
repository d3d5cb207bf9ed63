package org.regionaltc.system;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/** HTTP Basic with a cache of verified credentials: bcrypt once, and nothing the cache keeps outlives a change. */
@SpringBootTest
@AutoConfigureMockMvc
class VerifiedCredentialsIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @MockitoSpyBean
    PasswordEncoder encoder;

    @Test
    void anApiClientSendingItsPasswordOnEveryCallIsCheckedWithBcryptOnce() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        clearInvocations(encoder);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(officer));
        }
        verify(encoder, times(1)).matches(any(), any());
    }

    @Test
    void aWrongPasswordStillFailsAndCountsTowardsTheLockoutAfterTheRightOneWasAccepted() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD))).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(officer, "wrong-password-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void aChangedPasswordStopsWorkingOverHttpBasicAtOnce() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD))).andExpect(status().isOk());
        // The container's session on H2, the browser's cookie on PostgreSQL, where the session lives in the database.
        MockHttpSession session = new MockHttpSession();
        CookieJar browser = new CookieJar();
        mvc.perform(post("/login").session(session).with(browser).with(csrf()).param("username", officer)
                .param("password", PASSWORD))
            .andDo(browser).andExpect(redirectedUrl("/"));
        mvc.perform(post("/account/password").session(session).with(browser).with(csrf())
                .param("current", PASSWORD).param("password", "another-long-password").param("repeat", "another-long-password"))
            .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(officer, "another-long-password"))).andExpect(status().isOk());
    }

    @Test
    void aChangedRoleAndADisabledAccountApplyToTheNextApiCall() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String admin = AccountFixtures.anAccount(administration, "ADMIN");
        long id = administration.list().stream().filter(a -> a.username().equals(officer)).findFirst().orElseThrow().id();
        mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD))).andExpect(jsonPath("$.role").value("OFFICER"));
        mvc.perform(put("/api/users/" + id).with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\": \"Ana\", \"role\": \"FOCAL_POINT\", \"countries\": [\"PE\"], \"version\": 0}"))
            .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD))).andExpect(jsonPath("$.role").value("FOCAL_POINT"));
        mvc.perform(put("/api/users/" + id).with(httpBasic(admin, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\": \"Ana\", \"role\": \"FOCAL_POINT\", \"countries\": [\"PE\"], \"enabled\": false,"
                    + " \"version\": 1}"))
            .andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(officer, PASSWORD))).andExpect(status().isUnauthorized());
    }
}

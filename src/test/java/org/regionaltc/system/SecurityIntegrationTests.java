package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityIntegrationTests {

    @Autowired
    org.springframework.beans.factory.ObjectProvider<org.springframework.session.FindByIndexNameSessionRepository<
        ? extends org.springframework.session.Session>> databaseSessions;

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;

    private String anOfficer() {
        String username = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(username, PASSWORD, "Ana Officer", null, "OFFICER", List.of(), null);
        return username;
    }

    @Test
    void signingInThroughTheFormChangesTheSessionId() throws Exception {
        String username = anOfficer();
        MockHttpSession session = new MockHttpSession();
        CookieJar browser = new CookieJar();
        // The login page's CSRF token opens the session: in memory (H2), or in the database under its cookie.
        mvc.perform(get("/login").session(session).with(browser)).andExpect(status().isOk()).andDo(browser);
        String before = browser.sessionIdOr(session.getId());
        MvcResult result = mvc.perform(post("/login").session(session).with(browser).with(csrf())
                .param("username", username).param("password", PASSWORD))
            .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andDo(browser)
            .andReturn();
        assertThat(browser.sessionIdOr(result.getRequest().getSession().getId())).isNotEqualTo(before);
        // What the session keeps names the account but holds no password hash: on PostgreSQL as read back from the
        // session table, in memory on H2.
        var shared = databaseSessions.getIfAvailable();
        Object context = shared != null
            ? shared.findByPrincipalName(username).values().iterator().next().getAttribute("SPRING_SECURITY_CONTEXT")
            : result.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT");
        SignedInUser kept = (SignedInUser) ((org.springframework.security.core.context.SecurityContext) context)
            .getAuthentication().getPrincipal();
        assertThat(kept.getUsername()).isEqualTo(username);
        assertThat(kept.getPassword()).isNull();
    }

    @Test
    void aChangedAccountLosesItsOpenSessionsAndSignsInAgainWithItsNewRights() throws Exception {
        String username = anOfficer();
        MockHttpSession session = new MockHttpSession();
        CookieJar browser = new CookieJar();
        mvc.perform(post("/login").session(session).with(browser).with(csrf()).param("username", username)
                .param("password", PASSWORD))
            .andExpect(redirectedUrl("/")).andDo(browser);
        mvc.perform(get("/audit").session(session).with(browser)).andExpect(status().isOk());
        String admin = org.regionaltc.account.AccountFixtures.anAccount(administration, "ADMIN");
        long id = administration.list().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/users/" + id)
                .with(httpBasic(admin, org.regionaltc.account.AccountFixtures.PASSWORD))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"displayName\": \"Ana Officer\", \"role\": \"FOCAL_POINT\", \"countries\": [\"PE\"], \"version\": 0}"))
            .andExpect(status().isOk());
        mvc.perform(get("/audit").session(session).with(browser)).andExpect(redirectedUrl("/login?expired"));
        MockHttpSession again = new MockHttpSession();
        CookieJar anotherBrowser = new CookieJar();
        mvc.perform(post("/login").session(again).with(anotherBrowser).with(csrf()).param("username", username)
                .param("password", PASSWORD))
            .andExpect(redirectedUrl("/")).andDo(anotherBrowser);
        mvc.perform(get("/audit").session(again).with(anotherBrowser)).andExpect(status().isForbidden());
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        String username = anOfficer();
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
            .andExpect(status().isForbidden());
    }

    private static final String ELSEWHERE = "192.0.2.44";

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String signInAnswer(String username, String password, RequestPostProcessor... extra) throws Exception {
        MockHttpSession session = new MockHttpSession();
        var login = post("/login").session(session).with(csrf()).param("username", username).param("password", password);
        for (RequestPostProcessor p : extra) {
            login = login.with(p);
        }
        mvc.perform(login).andExpect(redirectedUrl("/login?error"));
        String page = mvc.perform(get("/login").session(session).param("error", "")).andReturn().getResponse()
            .getContentAsString();
        Matcher alert = Pattern.compile("<p class=\"alert\"[^>]*>([^<]*)</p>").matcher(page);
        assertThat(alert.find()).as(page).isTrue();
        return alert.group(1);
    }

    @Test
    void repeatedFailuresFromOneAddressRefuseTheRightPasswordThereButNotFromAnotherAddress() throws Exception {
        String username = anOfficer();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong-password-" + i))
                .andExpect(redirectedUrl("/login?error"));
        }
        signInAnswer(username, PASSWORD);
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).with(from(ELSEWHERE)).param("username", username).param("password", PASSWORD))
            .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from(ELSEWHERE)))
            .andExpect(status().isOk());
    }

    @Test
    void aRefusedAccountAnUnknownUsernameAndAWrongPasswordGetTheSameAnswer() throws Exception {
        String refused = anOfficer();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(refused, "wrong-password-" + i))).andExpect(status().isUnauthorized());
        }
        String whenRefused = signInAnswer(refused, PASSWORD);
        String whenUnknown = signInAnswer("nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD);
        String whenWrong = signInAnswer(anOfficer(), "not-the-password");
        assertThat(whenRefused).isEqualTo(whenUnknown).isEqualTo(whenWrong).doesNotContainIgnoringCase("locked");
        String apiRefused = mvc.perform(get("/api/me").with(httpBasic(refused, PASSWORD)))
            .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String apiUnknown = mvc.perform(get("/api/me").with(httpBasic("nobody-" + UUID.randomUUID(), PASSWORD)))
            .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(apiRefused).isEqualTo(apiUnknown);
    }

    @Test
    void xForwardedForIsNotBelievedFromAConnectionThatIsNoTrustedProxy() throws Exception {
        String username = anOfficer();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).header("X-Forwarded-For", "10.0.0." + i)
                    .param("username", username).param("password", "wrong-password-" + i))
                .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).header("X-Forwarded-For", "10.0.0.99")
                .param("username", username).param("password", PASSWORD))
            .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theApiAcceptsTheSameAccountsOverHttpBasic() throws Exception {
        String username = anOfficer();
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(username))
            .andExpect(jsonPath("$.role").value("OFFICER"));
        mvc.perform(get("/api/me").with(httpBasic(username, "not-the-password")))
            .andExpect(status().isUnauthorized())
            .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void theFirstStartCreatedAnAdministratorAndNoAccountHasADefaultPassword() throws Exception {
        assertThat(administration.list()).anySatisfy(a -> assertThat(a.role()).isEqualTo("ADMIN"));
        for (String guess : List.of("admin", "password", "changeme", "admin123")) {
            mvc.perform(get("/api/me").with(httpBasic("admin", guess))).andExpect(status().isUnauthorized());
        }
    }
}

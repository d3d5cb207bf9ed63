package org.regionaltc.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.regionaltc.reference.Countries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a user sees while the database cannot be reached, wherever the failure surfaces: in a page's query, in an
 * API call's, and in the sign-in (form or HTTP Basic), which reads the account. Each answers 503 with Retry-After
 * in the reader's language, never a 500 nor "wrong password". DatabaseRestartIT shows the same with a real restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseUnavailableIntegrationTests {

    private static final CannotGetJdbcConnectionException AWAY = new CannotGetJdbcConnectionException(
        "Failed to obtain JDBC Connection", new SQLTransientConnectionException("Connection is not available"));

    @Autowired
    MockMvc mvc;
    @MockitoSpyBean
    Countries countries;
    @MockitoBean
    UserDetailsService users;

    @Test
    void aPageWhoseQueryFindsNoDatabaseAnswers503InTheReadersLanguage() throws Exception {
        doThrow(AWAY).when(countries).findAll();
        mvc.perform(get("/countries").cookie(new Cookie("tc-lang", "es")))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(content().string(containsString("No se puede acceder a la base de datos por el momento")));
    }

    @Test
    void anApiCallWhoseQueryFindsNoDatabaseAnswers503Json() throws Exception {
        doThrow(AWAY).when(countries).findAll();
        mvc.perform(get("/api/countries").header("Accept-Language", "fr"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(jsonPath("$.status").value(503))
            .andExpect(jsonPath("$.detail").value(containsString("La base de données est injoignable")));
    }

    @Test
    void anApiCallWhoseCredentialsCannotBeCheckedAnswers503Not401() throws Exception {
        when(users.loadUserByUsername(anyString())).thenThrow(AWAY);
        mvc.perform(get("/api/ledger-entries").with(httpBasic("officer", "whatever-password")))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(header().doesNotExist("WWW-Authenticate"))
            .andExpect(jsonPath("$.detail").value(containsString("The database cannot be reached")));
    }

    @Test
    void aSignInThatCannotReadTheAccountAnswers503NotWrongPassword() throws Exception {
        when(users.loadUserByUsername(anyString())).thenThrow(AWAY);
        mvc.perform(post("/login").with(csrf()).cookie(new Cookie("tc-lang", "pt"))
                .param("username", "officer").param("password", "whatever-password"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(header().doesNotExist("Location"))
            .andExpect(content().string(containsString("Não é possível acessar o banco de dados")))
            .andExpect(content().string(not(containsString("login?error"))));
    }
}

package org.regionaltc.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A refused offer shows its message in Spanish on {@code ?lang=es} and with {@code Accept-Language: es}. */
@SpringBootTest
@AutoConfigureMockMvc
class LocalizedOfferErrorsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void anOfferInAnUnknownCurrencyIsRefusedInTheReadersLanguage() throws Exception {
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "BO");
        long priority = OfferFixtures.aPriority(jdbc, OfferFixtures.aCycle(jdbc, "OPEN"), "BO", "A1", "DRAFT");

        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        org.regionaltc.system.CookieJar browser = new org.regionaltc.system.CookieJar();
        mvc.perform(post("/priorities/{id}/national-offers", priority).session(session).with(browser).param("lang", "es")
                .param("currency", "XYZ").param("amount", "1000").param("kind", "CASH").param("institution", "Ministerio")
                .param("yearFrom", "2030").param("yearTo", "2031").param("conditions", "Ley de presupuesto")
                .param("firmness", "COMMITTED")
                .with(csrf()).with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().is3xxRedirection()).andDo(browser);
        String page = mvc.perform(get("/priorities/{id}/national-offers", priority).param("lang", "es")
                .session(session).with(browser).with(user(users.loadUserByUsername(focalPoint))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("no es una moneda ISO 4217 conocida: XYZ");

        String json = """
                {"currency": "XYZ", "amount": 1000, "kind": "CASH", "institution": "Ministerio", "yearFrom": 2030,
                 "yearTo": 2031, "conditions": "Ley de presupuesto", "firmness": "COMMITTED"}""";
        mvc.perform(post("/api/priorities/{id}/national-offers", priority).with(user(users.loadUserByUsername(focalPoint)))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'currency')].message").value("no es una moneda ISO 4217 conocida: XYZ"));
        mvc.perform(post("/api/priorities/{id}/national-offers", priority).with(user(users.loadUserByUsername(focalPoint)))
                .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'currency')].message")
                .value(messages.getMessage("offer.error.currency", new Object[] {"XYZ"}, Locale.ENGLISH)));
    }
}

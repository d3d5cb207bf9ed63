package org.regionaltc.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Partners, agreements and experts refuse bad input in the reader's language: the page's ({@code ?lang=es}), the API
 * call's {@code Accept-Language}, English by default; the English words are read through the bundles, as shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LocalizedAllianceErrorsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    private String officer;

    @BeforeEach
    void setUp() {
        officer = AccountFixtures.anOfficer(administration);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | name at least one partner",
        "es | indique al menos un socio"})
    void anAgreementWithoutPartiesIsRefusedOnThePageInItsLanguage(String lang, String expected) throws Exception {
        assertThat(messages.getMessage("alliance.agreement.error.noPartner", null, Locale.ENGLISH))
            .isEqualTo("name at least one partner");
        assertThat(page(post("/agreements").param("lang", lang).param("title", "Memorando")
            .param("kind", "LETTER_OF_INTENT").param("status", "ACTIVE")))
            .contains(expected);
    }

    @Test
    void anAgreementEndingBeforeItsSignatureAndABadDocumentAreRefusedInSpanish() throws Exception {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO partner (name, kind) VALUES ('Universidad de prueba', 'UNIVERSITY')").update(key, "id");
        long partner = key.getKeyAs(Number.class).longValue();
        assertThat(page(post("/agreements").param("lang", "es").param("title", "Memorando")
            .param("kind", "LETTER_OF_INTENT").param("status", "ACTIVE").param("partnerIds", String.valueOf(partner))
            .param("signedOn", "2026-05-01").param("endsOn", "2026-01-01")))
            .contains("no debe ser anterior a la firma");
        long agreement = AllianceFixtures.anAgreement(jdbc, "ACTIVE");
        String refused = mvc.perform(multipart("/agreements/{a}/documents", agreement).param("lang", "es")
                .file(new MockMultipartFile("file", "script.js", "application/pdf", new byte[] {1}))
                .with(csrf()).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("el archivo script.js no es de uno de los tipos aceptados");
    }

    @Test
    void theApiAnswersInTheLanguageOfAcceptLanguageAndInEnglishWithoutIt() throws Exception {
        String partner = "{\"name\": \"Socio\", \"kind\": \"UNIVERSITY\", \"countryCode\": \"ZZ\"}";
        mvc.perform(post("/api/partners").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_JSON).content(partner))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("no es un país del GRULAC: ZZ"));
        mvc.perform(post("/api/partners").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(partner))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message")
                .value(messages.getMessage("error.country.notGrulac", new Object[] {"ZZ"}, Locale.ENGLISH)));
        mvc.perform(get("/api/experts/matches").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("indique el proyecto para el que se buscan expertos"));
        mvc.perform(post("/api/experts").with(httpBasic(officer, AccountFixtures.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_JSON).content("""
                    {"name": "X", "languages": ["xx"], "availability": [{"startsOn": "2027-05-01", "endsOn": "2027-01-01"}]}
                    """))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'languages')].message").value("desconocidos: xx"))
            .andExpect(jsonPath("$.errors[?(@.field == 'availability')].message")
                .value("cada período necesita un inicio y un fin posterior"));
    }

    @Test
    void aStaleExpertIsAConflictInSpanish() throws Exception {
        long expert = ExpertFixtures.anExpert(jdbc);
        mvc.perform(put("/api/experts/{id}", expert).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Fixture Expert\", \"version\": 9}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("Otra persona modificó el registro del experto desde que usted lo "
                + "abrió (versión 9, ahora 0); vuelva a cargarlo y aplique de nuevo su cambio."));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(officer))))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A rule the domain refuses shows its message in the page's language: in Spanish on {@code ?lang=es}, in English by
 * default, for the forms people use most; the API answers in the language of {@code Accept-Language}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LocalizedErrorsIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | is not a known ISO 4217 currency: XYZ",
        "es | no es una moneda ISO 4217 conocida: XYZ"})
    void aBadLedgerEntry(String lang, String expected) throws Exception {
        assertThat(page(post("/funding/ledger").param("lang", lang).param("type", "PLEDGE").param("bodyCode", "GEF")
            .param("date", "2026-01-15").param("currency", "XYZ").param("amount", "100")))
            .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | must be a whole number: JPY has no decimals",
        "es | debe ser un número entero: JPY no tiene decimales"})
    void aLedgerAmountWithDecimalsItsCurrencyHasNot(String lang, String expected) throws Exception {
        assertThat(page(post("/funding/ledger").param("lang", lang).param("type", "PLEDGE").param("bodyCode", "GEF")
            .param("date", "2026-01-15").param("currency", "JPY").param("amount", "1000.5")))
            .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | must not be before the start of the period",
        "es | no debe ser anterior al inicio del período"})
    void aBadFundingWindow(String lang, String expected) throws Exception {
        assertThat(page(post("/funding/windows").param("lang", lang).param("bodyCode", "GEF").param("name", "Window")
            .param("periodStart", "2027-01-01").param("periodEnd", "2026-01-01").param("currency", "USD")
            .param("amount", "1000")))
            .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | must not be below the minimum grant",
        "es | no debe ser inferior a la subvención mínima"})
    void aBadEligibilityRule(String lang, String expected) throws Exception {
        assertThat(page(post("/financing/rules").param("lang", lang).param("bodyCode", "GEF").param("name", "Rule")
            .param("periodStart", "2026-01-01").param("minGrantUsd", "5000").param("maxGrantUsd", "1000")))
            .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | must look like XM-DAC-41123-PROJECT-150277",
        "es | debe tener la forma XM-DAC-41123-PROJECT-150277"})
    void aBadProject(String lang, String expected) throws Exception {
        String page = page(post("/projects").param("lang", lang).param("identifier", "not an identifier")
            .param("titleEn", "A project").param("scope", "NATIONAL").param("currency", "USD")
            .param("totalBudget", "1000").param("countries", "PE").param("countryShares", "100")
            .param("sectors", "32161").param("sectorShares", "100"));
        assertThat(page).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | is not a known thematic area: ZZ9",
        "es | no es un área temática conocida: ZZ9"})
    void aBadPriority(String lang, String expected) throws Exception {
        long cycle = anOpenCycle();
        assertThat(page(post("/cycles/{c}/countries/PE/priorities", cycle).param("lang", lang)
            .param("level", "NATIONAL").param("thematicAreaCode", "ZZ9").param("title", "A priority")
            .param("language", "en").param("rank", "1")))
            .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | a donor account must be bound to one financing body",
        "es | una cuenta de donante debe estar vinculada a una entidad financiadora"})
    void aBadAccount(String lang, String expected) throws Exception {
        assertThat(page(post("/admin/users").param("lang", lang).param("username", "donor" + lang + System.nanoTime() % 100000)
            .param("displayName", "A donor").param("role", "DONOR").param("password", "correct horse battery")))
            .contains(expected);
    }

    @Test
    void theApiAnswersInTheLanguageOfAcceptLanguageAndInEnglishWithoutIt() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String json = """
            {"type": "PLEDGE", "bodyCode": "GEF", "date": "2026-01-15", "currency": "XYZ", "amount": 10}""";
        mvc.perform(post("/api/ledger-entries").with(httpBasic(officer, PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "es-PE,es;q=0.9,en;q=0.5")
                .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'currency')].message")
                .value("no es una moneda ISO 4217 conocida: XYZ"));
        mvc.perform(post("/api/ledger-entries").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'currency')].message")
                .value("is not a known ISO 4217 currency: XYZ"));
        mvc.perform(post("/api/ledger-entries").with(httpBasic(officer, PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE")
                .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[?(@.field == 'currency')].message")
                .value("is not a known ISO 4217 currency: XYZ"));
    }

    private long anOpenCycle() {
        LocalDate latest = jdbc.sql("SELECT MAX(period_start) FROM review_cycle").query(LocalDate.class).optional()
            .orElse(null);
        LocalDate start = (latest == null ? LocalDate.of(2040, 1, 1) : latest).plusDays(1);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO review_cycle (title, period_start, period_end, submission_deadline, status)
                VALUES (:title, :start, :end, :end, 'OPEN')""")
            .param("title", "Open cycle " + start).param("start", start).param("end", start.plusYears(1))
            .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        String admin = AccountFixtures.anAccount(administration, "ADMIN");
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(admin))))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package org.regionaltc.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.ResultActions;

/** The ledger through the API and pages: conversion with dated rates, every kind of bad input, and scoping. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    ExchangeRates rates;

    private String officer;

    @BeforeEach
    void ratesForSterlingInNineteenNinetyOne() {
        officer = AccountFixtures.anOfficer(administration);
        if (rates.rateOn("GBP", LocalDate.of(1991, 1, 1)).isEmpty()) {
            rates.save("GBP", LocalDate.of(1991, 1, 1), new BigDecimal("1.5000000000"), "test", false);
            rates.save("GBP", LocalDate.of(1991, 6, 1), new BigDecimal("1.8123456789"), "test", false);
        }
    }

    private ResultActions postEntry(String json) throws Exception {
        return mvc.perform(post("/api/ledger-entries").with(httpBasic(officer, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String entry(String type, String body, Long project, Long window, String date, String currency,
            String amount) {
        return """
            {"type": "%s", "bodyCode": "%s", "projectId": %s, "windowId": %s, "date": "%s", "currency": "%s",
             "amount": %s, "reference": "ref-%s"}""".formatted(type, body, project, window, date, currency, amount,
            UUID.randomUUID());
    }

    @Test
    void convertsWithTheLatestRateOnOrBeforeTheEntryDate() throws Exception {
        postEntry(entry("PLEDGE", "DE", null, null, "1991-05-31", "GBP", "1000.00"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.usdRate").value(1.5))
            .andExpect(jsonPath("$.amountUsd").value(1500.00));
        postEntry(entry("PLEDGE", "DE", null, null, "1991-06-01", "GBP", "1000.01"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.amountUsd").value(1812.36));
        postEntry(entry("PLEDGE", "DE", null, null, "2000-01-01", "GBP", "0.01"))
            .andExpect(jsonPath("$.amountUsd").value(0.02));
        postEntry(entry("PLEDGE", "DE", null, null, "1980-01-01", "USD", "12.34"))
            .andExpect(jsonPath("$.usdRate").value(1))
            .andExpect(jsonPath("$.amountUsd").value(12.34));
    }

    @Test
    void refusesADateWithNoExchangeRateOnOrBeforeIt() throws Exception {
        postEntry(entry("PLEDGE", "DE", null, null, "1990-12-31", "GBP", "10.00"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("date"))
            .andExpect(jsonPath("$.errors[0].message").value("no exchange rate for GBP on or before 1990-12-31"));
    }

    @Test
    void refusesZeroAndNegativeAmounts() throws Exception {
        for (String amount : new String[] {"0", "-5.00"}) {
            postEntry(entry("PLEDGE", "DE", null, null, "1991-02-01", "GBP", amount))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("must be greater than zero")));
        }
        postEntry(entry("PLEDGE", "DE", null, null, "1991-02-01", "GBP", "1.005"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value(containsString("at most 2 decimals")));
    }

    @Test
    void refusesAnUnknownCurrencyAndAnUnknownBodyNamingEachField() throws Exception {
        postEntry(entry("PLEDGE", "NOBODY", null, null, "1991-02-01", "XYZ", "10.00"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("bodyCode")))
            .andExpect(jsonPath("$.errors[*].message", hasItem("is not a known ISO 4217 currency: XYZ")));
    }

    @Test
    void anAllotmentNeedsAProject() throws Exception {
        postEntry(entry("ALLOTMENT", "GEF", null, null, "1991-02-01", "USD", "10.00"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("projectId"))
            .andExpect(jsonPath("$.errors[0].message").value("is required for Allotment to a project"));
    }

    @Test
    void refusesACommitmentAboveWhatRemainsOfItsWindow() throws Exception {
        long window = FundingFixtures.aWindow(jdbc, "GEF", "USD", "1000.00");
        postEntry(entry("COMMITMENT", "GEF", null, window, "2024-01-01", "USD", "600.00")).andExpect(status().isCreated());
        postEntry(entry("COMMITMENT", "GEF", null, window, "2024-01-01", "USD", "400.01"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("amount: the commitment of USD 400.01 is above what "
                + "remains of the window")))
            .andExpect(jsonPath("$.detail").value(containsString("USD 400.00 of 1,000.00")));
        postEntry(entry("COMMITMENT", "GEF", null, window, "2024-01-01", "USD", "400.00")).andExpect(status().isCreated());
        mvc.perform(get("/api/funding-windows/" + window).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.committed").value(1000.00))
            .andExpect(jsonPath("$.remaining").value(0));
        postEntry(entry("PLEDGE", "GEF", null, window, "2024-01-01", "USD", "5.00")).andExpect(status().isCreated());
    }

    @Test
    void aWindowsEnvelopeCannotFallBelowWhatIsCommittedAndAStaleVersionIsRefused() throws Exception {
        long window = FundingFixtures.aWindow(jdbc, "EU", "EUR", "1000.00");
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "EU", null, window, "700.00");
        String change = """
            {"bodyCode": "EU", "name": "Renamed", "periodStart": "2025-01-01", "periodEnd": "2027-12-31",
             "currency": "EUR", "amount": %s, "version": %d}""";
        mvc.perform(put("/api/funding-windows/" + window).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted("699.99", 0)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("amount: the envelope cannot fall below what is already committed, "
                + "EUR 700.00"));
        mvc.perform(put("/api/funding-windows/" + window).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted("700.00", 0)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.remaining").value(0))
            .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/funding-windows/" + window).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(change.formatted("900.00", 0)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
        mvc.perform(post("/funding/windows/" + window).with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("bodyCode", "EU").param("name", "Renamed").param("periodStart", "2025-01-01")
                .param("periodEnd", "2027-12-31").param("currency", "USD").param("amount", "900.00").param("version", "1"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("commitments are recorded against this window in EUR")));
    }

    @Test
    void refusesAWindowAmountTooLargeToStoreNamingTheAmount() throws Exception {
        mvc.perform(post("/api/funding-windows").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"bodyCode": "EU", "name": "Huge", "periodStart": "2025-01-01", "periodEnd": "2027-12-31",
                     "currency": "EUR", "amount": 1e20}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("amount"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a number of at most 16 digits before the decimal point"));
    }

    @Test
    void aCommitmentAgainstAWindowIsInTheWindowsCurrencyAndOfItsBody() throws Exception {
        long window = FundingFixtures.aWindow(jdbc, "GEF", "USD", "1000.00");
        postEntry(entry("COMMITMENT", "GEF", null, window, "1991-02-01", "GBP", "10.00"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("must be the window's currency USD"));
        postEntry(entry("COMMITMENT", "MLF", null, window, "1991-02-01", "USD", "10.00"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("windowId"));
    }

    @Test
    void aDonorSeesOnlyItsOwnBodysEntriesAndAFocalPointOnlyItsCountriesProjects() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "BO", "1000.00");
        long gef = FundingFixtures.anEntry(jdbc, "COMMITMENT", "GEF", project, null, "100.00");
        long mlf = FundingFixtures.anEntry(jdbc, "COMMITMENT", "MLF", project, null, "100.00");
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        mvc.perform(get("/api/ledger-entries").with(httpBasic(donor, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[*].bodyCode", everyItem(is("GEF"))))
            .andExpect(jsonPath("$[*].id", hasItem((int) gef)))
            .andExpect(jsonPath("$[*].id", not(hasItem((int) mlf))));
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        mvc.perform(get("/api/ledger-entries").param("project", String.valueOf(project)).with(httpBasic(bolivia, PASSWORD)))
            .andExpect(jsonPath("$[*].id", hasItem((int) mlf)));
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        mvc.perform(get("/api/ledger-entries").with(httpBasic(chile, PASSWORD)))
            .andExpect(jsonPath("$[*].id", not(hasItem((int) gef))))
            .andExpect(jsonPath("$[*].id", not(hasItem((int) mlf))));
        mvc.perform(get("/funding/ledger").param("project", String.valueOf(project))
                .with(user(users.loadUserByUsername(donor))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/financing/bodies/GEF")))
            .andExpect(content().string(not(containsString("/financing/bodies/MLF"))));
    }

    @Test
    void aDonorSeesOnlyItsOwnBodysWindows() throws Exception {
        long gef = FundingFixtures.aWindow(jdbc, "GEF", "USD", "10.00");
        long eu = FundingFixtures.aWindow(jdbc, "EU", "EUR", "10.00");
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        mvc.perform(get("/api/funding-windows").with(httpBasic(donor, PASSWORD)))
            .andExpect(jsonPath("$[*].id", hasItem((int) gef)))
            .andExpect(jsonPath("$[*].id", not(hasItem((int) eu))));
        mvc.perform(get("/api/funding-windows/" + eu).with(httpBasic(donor, PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void theRatesImportWritesNothingWhenALineIsWrong() throws Exception {
        String csv = "currency,date,usd_per_unit\nCAD,1993-01-01,0.79\nCAD,1993-02-30,0.80\nCAD,1993-03-01,-1\n";
        mvc.perform(post("/api/exchange-rates/import").with(httpBasic(officer, PASSWORD))
                .contentType("text/csv").content(csv))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("line 3: date")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("line 4: usdPerUnit")));
        assertThat(rates.rateOn("CAD", LocalDate.of(1993, 12, 31))).isEmpty();
        mvc.perform(post("/api/exchange-rates/import").with(httpBasic(officer, PASSWORD))
                .contentType("text/csv").content("currency,date,usd_per_unit\nCAD,1993-01-01,0.79\n"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.rates").value(1));
        assertThat(rates.rateOn("CAD", LocalDate.of(1993, 12, 31))).contains(new BigDecimal("0.7900000000"));
    }

    @Test
    void onlyTheSecretariatWritesTheLedger() throws Exception {
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        mvc.perform(post("/api/ledger-entries").with(httpBasic(donor, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(entry("PLEDGE", "GEF", null, null, "1991-02-01", "USD", "10.00")))
            .andExpect(status().isForbidden());
    }

    private void ratesForYenAndKuwaitiDinarInNineteenNinetyTwo() {
        if (rates.rateOn("JPY", LocalDate.of(1992, 1, 1)).isEmpty()) {
            rates.save("JPY", LocalDate.of(1992, 1, 1), new BigDecimal("0.0080000000"), "test", false);
        }
        if (rates.rateOn("KWD", LocalDate.of(1992, 1, 1)).isEmpty()) {
            rates.save("KWD", LocalDate.of(1992, 1, 1), new BigDecimal("3.2500000000"), "test", false);
        }
    }

    @Test
    void aYenEntryKeepsNoDecimalsAKuwaitiDinarEntryThreeAndTheirDollarsStayInCents() throws Exception {
        ratesForYenAndKuwaitiDinarInNineteenNinetyTwo();
        String yen = postEntry(entry("PLEDGE", "DE", null, null, "1992-03-01", "JPY", "1234567"))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        assertThat(yen).contains("\"amount\":1234567,").contains("\"amountUsd\":9876.54,");
        String dinar = postEntry(entry("PLEDGE", "DE", null, null, "1992-03-01", "KWD", "1234.567"))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        assertThat(dinar).contains("\"amount\":1234.567,").contains("\"amountUsd\":4012.34,");
        mvc.perform(get("/funding/ledger").param("body", "DE").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("JPY 1,234,567<")))
            .andExpect(content().string(containsString("KWD 1,234.567<")));
    }

    @Test
    void refusesAFractionOfAYenOnTheApiAndOnTheForm() throws Exception {
        ratesForYenAndKuwaitiDinarInNineteenNinetyTwo();
        int before = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Integer.class).single();
        postEntry(entry("PLEDGE", "DE", null, null, "1992-03-01", "JPY", "100.4"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("amount"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a whole number: JPY has no decimals"));
        postEntry(entry("PLEDGE", "DE", null, null, "1992-03-01", "KWD", "1.0005"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value("must have at most 3 decimals in KWD"));
        mvc.perform(post("/funding/ledger").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("type", "PLEDGE").param("bodyCode", "DE").param("date", "1992-03-01").param("currency", "JPY")
                .param("amount", "100.4"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("must be a whole number: JPY has no decimals")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Integer.class).single()).isEqualTo(before);
    }
}

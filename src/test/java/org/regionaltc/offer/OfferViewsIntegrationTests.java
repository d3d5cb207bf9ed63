package org.regionaltc.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.financing.EligibilityRule;
import org.regionaltc.financing.EligibilityRules;
import org.regionaltc.financing.RuleDraft;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The sections other pages load: the cycle comparison and the mobilization overview. */
@SpringBootTest
@AutoConfigureMockMvc
class OfferViewsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    EligibilityRules rules;

    @Test
    void theOfferPagesSpeakEachLanguageWithNoMissingMessage() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        long cycle = OfferFixtures.aCycle(jdbc, "OPEN");
        long priority = OfferFixtures.aPriority(jdbc, cycle, "CO", "A1", "SUBMITTED");
        long project = FundingFixtures.aProject(jdbc, "CO", "1000.00");
        OfferFixtures.serves(jdbc, project, priority);
        OfferFixtures.anOffer(jdbc, priority, "CO", "USD", "10.00");
        record Expect(String lang, String heading) {
        }
        for (Expect e : List.of(new Expect("en", "National resources offered"), new Expect("es", "Recursos nacionales ofrecidos"),
                new Expect("fr", "Ressources nationales offertes"), new Expect("pt", "Recursos nacionais oferecidos"))) {
            StringBuilder pages = new StringBuilder();
            for (String path : List.of("/priorities/" + priority + "/national-offers", "/cycles/" + cycle + "/national-offers",
                    "/mobilization/projects/" + project + "/national-offers", "/mobilization/national-offers")) {
                pages.append(mvc.perform(get(path).param("lang", e.lang()).header("HX-Request", "true")
                    .with(user(users.loadUserByUsername(officer)))).andReturn().getResponse().getContentAsString());
            }
            assertThat(pages.toString()).as(e.lang()).contains(e.heading()).doesNotContain("??");
        }
    }

    @Test
    void aFocalPointsComparisonLeavesOutCountriesWhoseDraftOffersItMayNotSee() throws Exception {
        long earlier = OfferFixtures.aCycle(jdbc, "ENDORSED");
        long later = OfferFixtures.aCycle(jdbc, "OPEN");
        OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, earlier, "UY", "C3", "SUBMITTED"), "UY", "USD", "1000.00");
        OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, later, "UY", "C3", "SUBMITTED"), "UY", "USD", "2500.00");
        OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, earlier, "PE", "A1", "SUBMITTED"), "PE", "USD", "700.00");
        OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, later, "PE", "A1", "SUBMITTED"), "PE", "USD", "900.00");
        String peru = AccountFixtures.aFocalPointOf(administration, "PE");

        String json = mvc.perform(get("/api/cycles/compare/national-offers").param("from", String.valueOf(earlier))
                .param("to", String.valueOf(later)).with(user(users.loadUserByUsername(peru))))
            .andReturn().getResponse().getContentAsString();

        // Uruguay's offer in the open cycle is a draft Peru may not see: its row would read "withdrawn".
        List<String> countries = com.jayway.jsonpath.JsonPath.read(json, "$.changes[*].countryCode");
        assertThat(countries).contains("PE").doesNotContain("UY");
    }

    @Test
    void theComparisonShowsHowEachCountrysOffersChanged() throws Exception {
        long earlier = OfferFixtures.aCycle(jdbc, "ENDORSED");
        long later = OfferFixtures.aCycle(jdbc, "ENDORSED");
        OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, earlier, "UY", "C3", "SUBMITTED"), "UY", "USD", "1000.00");
        OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, later, "UY", "C3", "SUBMITTED"), "UY", "USD", "2500.00");
        OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, later, "AR", "B1", "SUBMITTED"), "AR", "USD", "300.00");

        String section = mvc.perform(get("/cycles/compare/national-offers").param("from", String.valueOf(earlier))
            .param("to", String.valueOf(later)).header("HX-Request", "true")).andReturn().getResponse().getContentAsString();

        assertThat(section).contains("data-country=\"UY\"").contains("data-country=\"AR\"")
            .contains("1,000.00").contains("2,500.00").contains("1,500.00").contains("300.00");

        String json = mvc.perform(get("/api/cycles/compare/national-offers").param("from", String.valueOf(earlier))
            .param("to", String.valueOf(later))).andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> uy = com.jayway.jsonpath.JsonPath.read(json, "$.changes[?(@.countryCode == 'UY')]");
        assertThat(uy).singleElement().satisfies(c -> {
            assertThat(c.get("offersBefore")).isEqualTo(1);
            assertThat(c.get("offersAfter")).isEqualTo(1);
            assertThat(new BigDecimal(c.get("offeredBefore").toString())).isEqualByComparingTo("1000.00");
            assertThat(new BigDecimal(c.get("offeredAfter").toString())).isEqualByComparingTo("2500.00");
            assertThat(new BigDecimal(c.get("difference").toString())).isEqualByComparingTo("1500.00");
        });
        List<java.util.Map<String, Object>> ar = com.jayway.jsonpath.JsonPath.read(json, "$.changes[?(@.countryCode == 'AR')]");
        assertThat(ar).singleElement().satisfies(c -> {
            assertThat(c.get("offersBefore")).isEqualTo(0);
            assertThat(new BigDecimal(c.get("difference").toString())).isEqualByComparingTo("300.00");
        });

        var missing = mvc.perform(get("/api/cycles/compare/national-offers").param("from", String.valueOf(earlier))
            .param("lang", "es")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("to").contains("indique los dos ciclos");
    }

    @Test
    void mobilizationShowsOpportunitiesAndProjectsWhoseRatioTheUnallocatedOffersCouldMeet() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        long cycle = OfferFixtures.aCycle(jdbc, "ENDORSED");
        long served = OfferFixtures.aPriority(jdbc, cycle, "PY", "C3", "SUBMITTED");
        long waiting = OfferFixtures.aPriority(jdbc, cycle, "PY", "A1", "SUBMITTED");
        long servedOffer = OfferFixtures.anOffer(jdbc, served, "PY", "USD", "50000.00");
        long waitingOffer = OfferFixtures.anOffer(jdbc, waiting, "PY", "USD", "7000.00");
        long project = FundingFixtures.aProject(jdbc, "PY", "10000.00");
        FundingFixtures.withTheme(jdbc, project, "C3");
        OfferFixtures.serves(jdbc, project, served);
        EligibilityRule rule = rules.create(new RuleDraft("GEF", "Offer test ratio rule " + System.nanoTime(),
            LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), List.of("C3"), List.of(), List.of("PY"),
            List.of(), null, null, new BigDecimal("2.00"), null, null), false);
        try {
            String section = mvc.perform(get("/mobilization/national-offers").header("HX-Request", "true")
                    .with(user(users.loadUserByUsername(officer))))
                .andReturn().getResponse().getContentAsString();

            assertThat(section).contains("data-offer=\"" + waitingOffer + "\"")
                .doesNotContain("data-offer=\"" + servedOffer + "\"");
            assertThat(section).contains("data-project=\"" + project + "\"").contains("20,000.00");
        } finally {
            jdbc.sql("DELETE FROM eligibility_rule_item WHERE rule_id = :id").param("id", rule.id()).update();
            jdbc.sql("DELETE FROM eligibility_rule WHERE id = :id").param("id", rule.id()).update();
        }
    }
}

package org.regionaltc.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.regionaltc.offer.NationalOffers;
import org.regionaltc.offer.OfferFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The option of counting unallocated national offers: a window whose rule asks co-financing equal to the grant is out
 * of reach of a project with none confirmed, and within reach once its share of its country's offers counts. Rolled
 * back after each test, since a large offer left behind would change other features' figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OptimizerOffersTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeProblem programme;
    @Autowired
    NationalOffers offers;
    @Autowired
    MockMvc mvc;
    @Autowired
    OptimizerRuns runs;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    @Test
    void theOptionMakesARatioBoundPairEligibleWithTheProjectsShareOfItsCountrysOffers() {
        String body = "OFR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("INSERT INTO financing_body (code, name, body_type) VALUES (:code, :code, 'MULTILATERAL')")
            .param("code", body).update();
        long window = FundingFixtures.aWindow(jdbc, body, "USD", "5000000");
        String windowId = body + "-" + window;
        jdbc.sql("""
                INSERT INTO eligibility_rule (body_code, name, period_start, cofinancing_ratio)
                VALUES (:body, 'one dollar of co-financing per dollar of grant', :start, 1.00)
                """).param("body", body).param("start", LocalDate.of(2000, 1, 1)).update();
        String project = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "PY", "1000000"));

        ProgrammeProblem.Settings with = withOffers();
        assertThat(programme.build(ProgrammeProblem.Settings.DEFAULT).problem().pairs())
            .noneMatch(l -> l.project().equals(project) && l.source().equals(windowId));

        // Far more than all of Paraguay's candidate gaps, so that this project's share covers its own gap.
        long cycle = OfferFixtures.aCycle(jdbc, "OPEN");
        long priority = OfferFixtures.aPriority(jdbc, cycle, "PY", "A1", "SUBMITTED");
        OfferFixtures.anOffer(jdbc, priority, "PY", "USD", "900000000000.00");

        ProgrammeProblem.Built without = programme.build(ProgrammeProblem.Settings.DEFAULT);
        assertThat(without.problem().pairs()).noneMatch(l -> l.project().equals(project) && l.source().equals(windowId));
        assertThat(without.problem().name()).doesNotContain("national offers");
        assertThat(without.offerShares()).isEmpty();

        ProgrammeProblem.Built built = programme.build(with);
        assertThat(built.problem().name()).endsWith(ProgrammeProblem.NATIONAL_OFFERS_MARK);
        assertThat(built.problem().pairs()).contains(new AllocationProblem.PairLimit(project, windowId, 1_000_000));
        BigDecimal share = built.offerShares().get(project);
        assertThat(share).isGreaterThan(new BigDecimal(1_000_000));
        assertThat(built.problem().projects()).filteredOn(p -> p.id().equals(project)).singleElement()
            .extracting(AllocationProblem.Project::cofinancing)
            .isEqualTo(share.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    @Test
    void theSharesOfACountrySumToWhatRemainsUnallocatedOfItsOffers() {
        long cycle = OfferFixtures.aCycle(jdbc, "OPEN");
        long priority = OfferFixtures.aPriority(jdbc, cycle, "UY", "A1", "SUBMITTED");
        OfferFixtures.anOffer(jdbc, priority, "UY", "USD", "250000.00");
        String small = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "UY", "300000"));
        String large = FundingFixtures.identifierOf(jdbc, FundingFixtures.aProject(jdbc, "UY", "700000"));

        ProgrammeProblem.Built built = programme.build(withOffers());
        Map<String, BigDecimal> unallocated = offers.unallocatedByCountry();
        List<OfferShares.Claim> claims = built.problem().projects().stream()
            .map(p -> new OfferShares.Claim(p.id(), Set.copyOf(p.countries()), p.gap())).toList();
        Map<String, BigDecimal> uruguay = OfferShares.byCountry(unallocated, claims).get("UY");

        assertThat(uruguay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(unallocated.get("UY").setScale(2, RoundingMode.DOWN));
        assertThat(unallocated.get("UY")).isGreaterThanOrEqualTo(new BigDecimal("250000.00"));
        // In proportion to the gaps: 3 to 7, to the cent.
        assertThat(uruguay.get(small).multiply(BigDecimal.valueOf(7)).subtract(uruguay.get(large).multiply(BigDecimal.valueOf(3))).abs())
            .isLessThanOrEqualTo(new BigDecimal("0.10"));
        assertThat(built.offerShares()).isEqualTo(OfferShares.byProject(unallocated, claims));
    }

    @Test
    void thePageShowsTheOptionAndTheRunRecordsIt() throws Exception {
        var officer = users.loadUserByUsername(AccountFixtures.anOfficer(administration));
        String page = mvc.perform(get("/optimizer").with(user(officer)).param("lang", "es")).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("id=\"nationalOffers\"", "Contar las ofertas nacionales no asignadas");

        String run = mvc.perform(post("/optimizer/runs").with(user(officer)).with(csrf())
                .param("maxSources", "3").param("timeLimit", "1").param("nationalOffers", "on"))
            .andReturn().getResponse().getRedirectedUrl();
        OptimizerRuns.Run started = runs.get(run.substring(run.lastIndexOf('/') + 1));
        assertThat(started.settings.nationalOffers()).isTrue();
        assertThat(started.problem.name()).endsWith(ProgrammeProblem.NATIONAL_OFFERS_MARK);
        String plain = mvc.perform(post("/optimizer/runs").with(user(officer)).with(csrf())
                .param("maxSources", "3").param("timeLimit", "1"))
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(runs.get(plain.substring(plain.lastIndexOf('/') + 1)).problem.name())
            .doesNotContain(ProgrammeProblem.NATIONAL_OFFERS_MARK);

        String json = mvc.perform(get("/api/optimizer/problem").with(user(officer)).param("nationalOffers", "true"))
            .andReturn().getResponse().getContentAsString();
        assertThat(AllocationJson.readProblem(json).problem().name()).endsWith(ProgrammeProblem.NATIONAL_OFFERS_MARK);
        assertThat(mvc.perform(get("/api/optimizer/problem").with(user(officer)).param("nationalOffers", "maybe"))
            .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private static ProgrammeProblem.Settings withOffers() {
        ProgrammeProblem.Settings d = ProgrammeProblem.Settings.DEFAULT;
        return new ProgrammeProblem.Settings(d.maxSourcesPerProject(), d.countryShareMaxPercent(),
            d.groupShareMinPercent(), d.mustFund(), d.mustNotFund(), d.exclusive(), Map.of(), true);
    }
}

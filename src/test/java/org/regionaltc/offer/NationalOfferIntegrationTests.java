package org.regionaltc.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.FundingFixtures;
import org.regionaltc.priority.CycleWorkflowAccess;
import org.regionaltc.system.Conflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class NationalOfferIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    NationalOffers offers;
    @Autowired
    OfferConfirmations confirmations;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    FundingFigures fundingFigures;
    @Autowired
    ProjectFacts projectFacts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String offerJson(String currency, String amount, String institution, Integer version) {
        return """
                {"currency": "%s", "amount": %s, "kind": "CASH", "institution": "%s", "yearFrom": 2030,
                 "yearTo": 2031, "conditions": "Subject to the budget law", "firmness": "COMMITTED"%s}
                """.formatted(currency, amount, institution, version == null ? "" : ", \"version\": " + version);
    }

    @Test
    void aFocalPointRecordsOffersWhileTheCycleIsOpenAndTheyFreezeWithTheEndorsement() throws Exception {
        String focalPoint = AccountFixtures.aFocalPointOf(administration, "BO");
        long cycle = OfferFixtures.aCycle(jdbc, "OPEN");
        long priority = OfferFixtures.aPriority(jdbc, cycle, "BO", "A1", "DRAFT");

        MvcResult created = mvc.perform(post("/api/priorities/{id}/national-offers", priority).with(as(focalPoint))
                .contentType(MediaType.APPLICATION_JSON).content(offerJson("BOB", "700000", "Ministry of Productive Development", null)))
            .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        long offerId = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(post("/api/priorities/{id}/national-offers", priority).with(as(focalPoint))
                .contentType(MediaType.APPLICATION_JSON).content(offerJson("USD", "50000", "Development bank", null)))
            .andReturn();
        assertThat(offers.findByPriority(priority)).hasSize(2)
            .anySatisfy(o -> {
                assertThat(o.countryCode()).isEqualTo("BO");
                assertThat(o.amount()).isEqualByComparingTo("700000");
                assertThat(o.firmness()).isEqualTo(Firmness.COMMITTED);
            });

        jdbc.sql("UPDATE review_cycle SET status = 'ENDORSED' WHERE id = :id").param("id", cycle).update();
        MvcResult frozen = mvc.perform(put("/api/national-offers/{id}", offerId).with(as(focalPoint))
                .contentType(MediaType.APPLICATION_JSON).content(offerJson("BOB", "1", "Changed", 0)))
            .andReturn();
        assertThat(frozen.getResponse().getStatus()).isEqualTo(409);
        String officer = AccountFixtures.anOfficer(administration);
        assertThat(mvc.perform(put("/api/national-offers/{id}", offerId).with(as(officer))
                .contentType(MediaType.APPLICATION_JSON).content(offerJson("BOB", "1", "Changed", 0)))
            .andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(offers.get(offerId).amount()).isEqualByComparingTo("700000");
    }

    @Test
    void aNewCycleCarriesForwardWhatRemainsOfEachOfferAsADraft() {
        String officer = AccountFixtures.anOfficer(administration);
        long endorsed = OfferFixtures.aCycle(jdbc, "ENDORSED");
        long priority = OfferFixtures.aPriority(jdbc, endorsed, "PE", "A1", "SUBMITTED");
        long offer = OfferFixtures.anOffer(jdbc, priority, "PE", "USD", "1000.00");
        long project = FundingFixtures.aProject(jdbc, "PE", "5000.00");
        OfferFixtures.serves(jdbc, project, priority);
        signIn(officer);
        confirmations.confirm(offer, new OfferConfirmations.ConfirmationForm(project, new BigDecimal("300.00"), LocalDate.now()));

        var next = CycleWorkflowAccess.create(context, "Offer carry-forward " + System.nanoTime(), LocalDate.of(2032, 1, 1),
            LocalDate.of(2033, 12, 31), LocalDate.of(2099, 1, 1), null, endorsed);

        List<NationalOffer> carried = offers.findByCycle(next.id());
        assertThat(carried).singleElement().satisfies(o -> {
            assertThat(o.amount()).isEqualByComparingTo("700.00");
            assertThat(o.confirmed()).isEqualByComparingTo("0");
            assertThat(o.carriedFromId()).isEqualTo(offer);
            assertThat(o.countryCode()).isEqualTo("PE");
        });
        assertThat(offers.get(offer).carriedToId()).isEqualTo(carried.get(0).id());
        String successorStatus = jdbc.sql("SELECT status FROM priority WHERE id = :id")
            .param("id", carried.get(0).priorityId()).query(String.class).single();
        assertThat(successorStatus).isEqualTo("DRAFT");
        assertThatThrownBy(() -> confirmations.confirm(offer,
                new OfferConfirmations.ConfirmationForm(project, new BigDecimal("1.00"), LocalDate.now())))
            .isInstanceOf(Conflict.class);
    }

    @Test
    void aFocalPointNeitherSeesNorChangesAnotherCountrysOffers() throws Exception {
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        long cycle = OfferFixtures.aCycle(jdbc, "OPEN");
        long boPriority = OfferFixtures.aPriority(jdbc, cycle, "BO", "A1", "SUBMITTED");
        long clPriority = OfferFixtures.aPriority(jdbc, cycle, "CL", "C3", "SUBMITTED");
        long boOffer = OfferFixtures.anOffer(jdbc, boPriority, "BO", "USD", "1000.00");
        long clOffer = OfferFixtures.anOffer(jdbc, clPriority, "CL", "USD", "2000.00");
        String boInstitution = offers.get(boOffer).institution();
        String clInstitution = offers.get(clOffer).institution();

        String cycleApi = mvc.perform(get("/api/cycles/{id}/national-offers", cycle).with(as(chile)))
            .andReturn().getResponse().getContentAsString();
        assertThat(cycleApi).contains(clInstitution).doesNotContain(boInstitution);
        String csv = mvc.perform(get("/cycles/{id}/national-offers.csv", cycle).with(as(chile)))
            .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(clInstitution).doesNotContain(boInstitution);
        String page = mvc.perform(get("/cycles/{id}/national-offers", cycle).with(as(chile)))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(clInstitution).doesNotContain(boInstitution);
        assertThat(mvc.perform(get("/priorities/{id}/national-offers", boPriority).with(as(chile)))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/priorities/{id}/national-offers", boPriority).with(as(chile)))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/priorities/{id}/national-offers", boPriority).with(as(chile))
                .contentType(MediaType.APPLICATION_JSON).content(offerJson("USD", "1", "Intruder", null)))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(put("/api/national-offers/{id}", boOffer).with(as(chile))
                .contentType(MediaType.APPLICATION_JSON).content(offerJson("USD", "1", "Intruder", 0)))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/national-offers/{id}", boOffer).with(as(chile)).with(csrf())
                .param("currency", "USD").param("amount", "1").param("version", "0"))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(offers.get(boOffer).amount()).isEqualByComparingTo("1000.00");

        String own = mvc.perform(get("/priorities/{id}/national-offers", boPriority).with(as(bolivia)))
            .andReturn().getResponse().getContentAsString();
        assertThat(own).contains(boInstitution);
        assertThat(mvc.perform(get("/api/cycles/{id}/national-offers", cycle)).andReturn().getResponse().getStatus())
            .as("anonymous, unpublished cycle").isEqualTo(401);

        jdbc.sql("UPDATE review_cycle SET status = 'ENDORSED' WHERE id = :id").param("id", cycle).update();
        String published = mvc.perform(get("/api/cycles/{id}/national-offers", cycle)).andReturn().getResponse()
            .getContentAsString();
        assertThat(published).contains(boInstitution, clInstitution);
    }

    @Test
    void whatEachRoleSeesOfACyclesOffers() throws Exception {
        String admin = AccountFixtures.anAccount(administration, "ADMIN");
        String officer = AccountFixtures.anOfficer(administration);
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        long cycle = OfferFixtures.aCycle(jdbc, "CONSOLIDATION");
        String bo = offers.get(OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, cycle, "BO", "A1", "SUBMITTED"),
            "BO", "USD", "10.00")).institution();
        String cl = offers.get(OfferFixtures.anOffer(jdbc, OfferFixtures.aPriority(jdbc, cycle, "CL", "C3", "SUBMITTED"),
            "CL", "USD", "20.00")).institution();

        for (String secretariat : List.of(admin, officer)) {
            assertThat(cycleOffers(cycle, secretariat)).contains(bo, cl);
        }
        assertThat(cycleOffers(cycle, bolivia)).contains(bo).doesNotContain(cl);
        assertThat(cycleOffers(cycle, chile)).contains(cl).doesNotContain(bo);
        assertThat(mvc.perform(get("/api/cycles/{id}/national-offers", cycle).with(as(donor))).andReturn()
            .getResponse().getStatus()).isEqualTo(403);

        jdbc.sql("UPDATE review_cycle SET status = 'ENDORSED' WHERE id = :id").param("id", cycle).update();
        for (String anyone : List.of(admin, officer, bolivia, chile, donor)) {
            assertThat(cycleOffers(cycle, anyone)).as(anyone).contains(bo, cl);
        }
        assertThat(mvc.perform(get("/cycles/{id}/national-offers.csv", cycle)).andReturn().getResponse()
            .getContentAsString()).as("anonymous, published").contains(bo, cl);
    }

    private String cycleOffers(long cycle, String username) throws Exception {
        MvcResult api = mvc.perform(get("/api/cycles/{id}/national-offers", cycle).with(as(username))).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        String csv = mvc.perform(get("/cycles/{id}/national-offers.csv", cycle).with(as(username))).andReturn()
            .getResponse().getContentAsString();
        String page = mvc.perform(get("/cycles/{id}/national-offers", cycle).with(as(username))).andReturn()
            .getResponse().getContentAsString();
        return api.getResponse().getContentAsString() + "\n" + csv + "\n" + page;
    }

    @Test
    void confirmingCreatesOneCofinancingRecordTakenFromWhatRemainsAndTheRatioCountsIt() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        OfferFixtures.aRate(jdbc, "PYG", LocalDate.of(2001, 1, 1), "0.0002");
        long cycle = OfferFixtures.aCycle(jdbc, "ENDORSED");
        long priority = OfferFixtures.aPriority(jdbc, cycle, "PY", "C3", "SUBMITTED");
        long offer = OfferFixtures.anOffer(jdbc, priority, "PY", "PYG", "10000000");
        long project = FundingFixtures.aProject(jdbc, "PY", "100000.00");
        OfferFixtures.serves(jdbc, project, priority);
        BigDecimal before = fundingFigures.of(projectFacts.get(project)).cofinancingUsd();

        String sheet = mvc.perform(get("/mobilization/projects/{id}/national-offers", project).with(as(officer))
                .header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains(offers.get(offer).institution()).contains("/national-offers/" + offer + "/confirmations");

        MvcResult done = mvc.perform(post("/mobilization/projects/{p}/national-offers/{o}/confirmations", project, offer)
                .with(as(officer)).with(csrf()).param("amount", "4000000").param("date", "2026-01-15"))
            .andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/mobilization/projects/" + project);

        List<NationalOffers.Confirmation> links = offers.confirmationsOf(offer);
        assertThat(links).singleElement().satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("4000000"));
        record Row(long project, String source, String kind, String currency, BigDecimal amount, BigDecimal usd) {
        }
        List<Row> records = jdbc.sql("""
                SELECT project_id, source_type, kind, currency, amount, amount_usd FROM cofinancing WHERE id = :id
                """).param("id", links.get(0).cofinancingId())
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4).strip(),
                rs.getBigDecimal(5), rs.getBigDecimal(6)))
            .list();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.project()).isEqualTo(project);
            assertThat(r.source()).isEqualTo("GOVERNMENT");
            assertThat(r.kind()).isEqualTo("CASH");
            assertThat(r.currency()).isEqualTo("PYG");
            assertThat(r.amount()).isEqualByComparingTo("4000000");
            assertThat(r.usd()).isEqualByComparingTo("800.00");
        });
        assertThat(offers.get(offer).remaining()).isEqualByComparingTo("6000000");
        assertThat(fundingFigures.of(projectFacts.get(project)).cofinancingUsd())
            .isEqualByComparingTo(before.add(new BigDecimal("800.00")));

        MvcResult tooMuch = mvc.perform(post("/api/national-offers/{id}/confirmations", offer).with(as(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"projectId\": " + project + ", \"amount\": 6000001}"))
            .andReturn();
        assertThat(tooMuch.getResponse().getStatus()).isEqualTo(409);
        assertThat(tooMuch.getResponse().getContentAsString()).contains("6,000,000");
        assertThat(offers.confirmationsOf(offer)).hasSize(1);

        String focalPoint = AccountFixtures.aFocalPointOf(administration, "PY");
        assertThat(mvc.perform(post("/api/national-offers/{id}/confirmations", offer).with(as(focalPoint))
                .contentType(MediaType.APPLICATION_JSON).content("{\"projectId\": " + project + ", \"amount\": 1}"))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void twoConcurrentConfirmationsCannotTogetherExceedTheOffer() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        long cycle = OfferFixtures.aCycle(jdbc, "ENDORSED");
        long priority = OfferFixtures.aPriority(jdbc, cycle, "EC", "A1", "SUBMITTED");
        long offer = OfferFixtures.anOffer(jdbc, priority, "EC", "USD", "100.00");
        long first = FundingFixtures.aProject(jdbc, "EC", "1000.00");
        long second = FundingFixtures.aProject(jdbc, "EC", "1000.00");
        OfferFixtures.serves(jdbc, first, priority);
        OfferFixtures.serves(jdbc, second, priority);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (long project : List.of(first, second)) {
            Callable<String> confirm = () -> {
                signIn(officer);
                start.await();
                try {
                    confirmations.confirm(offer, new OfferConfirmations.ConfirmationForm(project,
                        new BigDecimal("60.00"), LocalDate.now()));
                    return "confirmed";
                } catch (Conflict e) {
                    return "refused";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            outcomes.add(threads.submit(confirm));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        threads.shutdown();

        assertThat(results).containsExactlyInAnyOrder("confirmed", "refused");
        assertThat(offers.confirmationsOf(offer)).hasSize(1);
        assertThat(offers.get(offer).remaining()).isEqualByComparingTo("40.00");
        int records = jdbc.sql("SELECT COUNT(*) FROM cofinancing WHERE project_id IN (:a, :b)")
            .param("a", first).param("b", second).query(Integer.class).single();
        assertThat(records).isEqualTo(1);
    }

    @Test
    void theFiguresPerCountryEqualSumsComputedIndependently() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        OfferFixtures.aRate(jdbc, "PYG", LocalDate.of(2001, 1, 1), "0.0002");
        long cycle = OfferFixtures.aCycle(jdbc, "ENDORSED");
        long pe = OfferFixtures.aPriority(jdbc, cycle, "PE", "A1", "SUBMITTED");
        long py = OfferFixtures.aPriority(jdbc, cycle, "PY", "C3", "SUBMITTED");
        OfferFixtures.anOffer(jdbc, pe, "PE", "USD", "1500.50");
        OfferFixtures.anOffer(jdbc, pe, "PE", "USD", "499.50");
        long pyOffer = OfferFixtures.anOffer(jdbc, py, "PY", "PYG", "5000000");
        long project = FundingFixtures.aProject(jdbc, "PY", "100000.00");
        OfferFixtures.serves(jdbc, project, py);
        signIn(officer);
        confirmations.confirm(pyOffer, new OfferConfirmations.ConfirmationForm(project, new BigDecimal("1000000"),
            LocalDate.now()));
        SecurityContextHolder.clearContext();

        // Independently: per country, offered = Σ amount × rate, confirmed = Σ confirmed × rate, straight from SQL.
        record Sum(String country, BigDecimal offered, BigDecimal confirmed) {
        }
        List<Sum> expected = jdbc.sql("""
                SELECT o.country_code,
                       SUM(o.amount * CASE WHEN o.currency = 'USD' THEN 1 ELSE 0.0002 END),
                       COALESCE(SUM((SELECT SUM(c.amount) FROM national_offer_confirmation c WHERE c.offer_id = o.id)
                           * CASE WHEN o.currency = 'USD' THEN 1 ELSE 0.0002 END), 0)
                FROM national_offer o WHERE o.cycle_id = :cycle GROUP BY o.country_code ORDER BY o.country_code
                """).param("cycle", cycle)
            .query((rs, n) -> new Sum(rs.getString(1).strip(), rs.getBigDecimal(2), rs.getBigDecimal(3))).list();
        assertThat(expected).hasSize(2);

        String json = mvc.perform(get("/api/cycles/{id}/national-offers/figures", cycle).with(as(officer)))
            .andReturn().getResponse().getContentAsString();
        for (Sum s : expected) {
            String at = "$.byCountry[?(@.key == '" + s.country() + "')]";
            assertThat(new BigDecimal(JsonPath.<List<Object>>read(json, at + ".offeredUsd").get(0).toString()))
                .as("offered by " + s.country()).isEqualByComparingTo(s.offered());
            assertThat(new BigDecimal(JsonPath.<List<Object>>read(json, at + ".confirmedUsd").get(0).toString()))
                .as("confirmed by " + s.country()).isEqualByComparingTo(s.confirmed());
        }
        BigDecimal total = expected.stream().map(Sum::offered).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(JsonPath.read(json, "$.overall.offeredUsd").toString())).isEqualByComparingTo(total);
        assertThat(offers.unallocatedByCountry(cycle).get("PY")).isEqualByComparingTo("800.00");
        assertThat(offers.unallocatedByCountry(cycle).get("PE")).isEqualByComparingTo("2000.00");

        String page = mvc.perform(get("/cycles/{id}/national-offers", cycle).with(as(officer)))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2,000.00").contains("1,000.00");
    }
}

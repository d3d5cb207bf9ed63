package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PriorityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    Priorities priorities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Consolidation consolidation;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private PriorityFixtures fixtures;
    private String focalPointOfPeru;
    private String focalPointOfChile;
    private String officer;

    @BeforeEach
    void setUp() {
        fixtures = new PriorityFixtures(cycles, priorities);
        focalPointOfPeru = AccountFixtures.aFocalPointOf(administration, "PE");
        focalPointOfChile = AccountFixtures.aFocalPointOf(administration, "CL");
        officer = AccountFixtures.anOfficer(administration);
    }

    // --- focal-point scoping -------------------------------------------------------------------------------------

    @Test
    void aFocalPointOfPeruCannotReadChilesDraftsThroughPagesOrApi() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        Priority chileDraft = fixtures.aDraftOf(cycle, "CL", 1);
        Priority peruDraft = fixtures.aDraftOf(cycle, "PE", 1);

        mvc.perform(get("/cycles/{c}/countries/CL", cycle.id()).with(page(focalPointOfPeru))).andExpect(status().isForbidden());
        mvc.perform(get("/priorities/{p}/edit", chileDraft.id()).with(page(focalPointOfPeru))).andExpect(status().isForbidden());
        mvc.perform(get("/api/priorities/{p}", chileDraft.id()).with(api(focalPointOfPeru))).andExpect(status().isForbidden());
        String cyclePage = mvc.perform(get("/cycles/{c}", cycle.id()).with(page(focalPointOfPeru)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cyclePage).contains(peruDraft.title()).doesNotContain(chileDraft.title());
        String list = mvc.perform(get("/api/cycles/{c}/priorities", cycle.id()).with(api(focalPointOfPeru)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(peruDraft.title()).doesNotContain(chileDraft.title());
        String csv = mvc.perform(get("/cycles/{c}/priorities.csv", cycle.id()).with(page(focalPointOfPeru)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(peruDraft.title()).doesNotContain(chileDraft.title());

        mvc.perform(get("/cycles/{c}/countries/CL", cycle.id()).with(page(focalPointOfChile))).andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(chileDraft.title())));
    }

    @Test
    void aFocalPointOfPeruCannotEditOrAddToChilesSubmissions() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        Priority chileDraft = fixtures.aDraftOf(cycle, "CL", 1);

        mvc.perform(put("/api/priorities/{p}", chileDraft.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body("Taken over", 1, chileDraft.version())))
            .andExpect(status().isForbidden());
        mvc.perform(post("/priorities/{p}", chileDraft.id()).with(page(focalPointOfPeru)).with(csrf())
                .param("level", "NATIONAL").param("thematicAreaCode", "A1").param("title", "Taken over")
                .param("language", "en").param("rank", "1").param("version", String.valueOf(chileDraft.version())))
            .andExpect(status().isForbidden());
        mvc.perform(post("/priorities/{p}/status", chileDraft.id()).with(page(focalPointOfPeru)).with(csrf())
                .param("status", "DROPPED").param("version", "0"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/cycles/{c}/countries/CL/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body("Planted", 2, null)))
            .andExpect(status().isForbidden());

        assertThat(priorities.get(chileDraft.id())).isEqualTo(chileDraft);
    }

    @Test
    void aFocalPointSubmitsForTheirCountryWhileTheCycleIsOpen() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        String title = PriorityFixtures.unique("Agro-industry, Andean highlands");

        mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body(title, 1, null)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.countryCode").value("PE"))
            .andExpect(jsonPath("$.ownerCountryCode").value("PE"))
            .andExpect(jsonPath("$.sectors[0]").value("32161"))
            .andExpect(jsonPath("$.status").value("SUBMITTED"));

        assertThat(priorities.findByCycle(cycle.id())).extracting(Priority::title).containsExactly(title);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Priority' AND action = 'CREATE' "
            + "AND changes LIKE :title").param("title", "%" + title + "%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFocalPointProposesASubRegionalPriorityOnlyForAGroupingTheirCountryBelongsTo() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        String body = """
            {"level": "SUB_REGIONAL", "groupingCode": "%s", "thematicAreaCode": "B1", "title": "Andean standards",
             "language": "es", "rank": 1, "status": "SUBMITTED"}
            """;

        mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted("SICA")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("groupingCode"));
        mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body.formatted("CAN")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.groupingCode").value("CAN"))
            .andExpect(jsonPath("$.countryCode").doesNotExist())
            .andExpect(jsonPath("$.ownerCountryCode").value("PE"));
    }

    @Test
    void aNationalPriorityWrittenWithoutOwnerBelongsToItsCountry() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        long id = jdbc.sql("""
                INSERT INTO priority (cycle_id, level, country_code, thematic_area_code, title, priority_rank, status)
                VALUES (:cycle, 'NATIONAL', 'CL', 'A1', 'Imported draft', 1, 'DRAFT')
                """).param("cycle", cycle.id()).update() > 0
            ? priorities.findByCycle(cycle.id()).get(0).id() : 0;

        assertThat(priorities.get(id).ownerCountryCode()).isEqualTo("CL");
        mvc.perform(get("/api/priorities/{p}", id).with(api(focalPointOfPeru))).andExpect(status().isForbidden());
        mvc.perform(get("/api/priorities/{p}", id).with(api(focalPointOfChile))).andExpect(status().isOk());
        mvc.perform(post("/api/cycles/{c}/countries/CL/priorities", cycle.id()).with(api(focalPointOfChile))
                .contentType(MediaType.APPLICATION_JSON).content(body("Same rank", 1, null)))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rank"));
    }

    // --- bad input ------------------------------------------------------------------------------------------------

    @Test
    void refusesADuplicateRankNamingTheField() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        fixtures.aSubmittedPriorityOf(cycle, "PE", 1);

        mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body("Second at rank one", 1, null)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("rank"))
            .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("rank 1 is already held")));
        assertThat(priorities.findByCycle(cycle.id())).hasSize(1);
    }

    @Test
    void aDuplicateRankOnThePageShowsNextToTheRankField() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        fixtures.aSubmittedPriorityOf(cycle, "PE", 1);

        String page = mvc.perform(post("/cycles/{c}/countries/PE/priorities", cycle.id()).with(page(focalPointOfPeru))
                .with(csrf()).param("level", "NATIONAL").param("thematicAreaCode", "A1").param("title", "Again")
                .param("language", "en").param("rank", "1").param("status", "SUBMITTED"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"rank-error\"").contains("rank 1 is already held");
        assertThat(priorities.findByCycle(cycle.id())).hasSize(1);
    }

    @Test
    void refusesUnknownSectorCodesNamingTheField() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();

        mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"level": "NATIONAL", "thematicAreaCode": "A1", "title": "With a bad sector", "language": "en",
                     "rank": 1, "sectors": ["32161", "99999"], "status": "SUBMITTED"}
                    """))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("sectors"))
            .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("99999")));
        assertThat(priorities.findByCycle(cycle.id())).isEmpty();
    }

    @Test
    void refusesSubmissionsAfterTheDeadline() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCyclePastItsDeadline();

        mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body("Too late", 1, null)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("deadline")));
        assertThat(priorities.findByCycle(cycle.id())).isEmpty();
    }

    @Test
    void refusesSubmissionsWhileTheCycleIsNotOpen() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.CONSOLIDATION);

        mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content(body("Not now", 1, null)))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only while it is open")));
    }

    @Test
    void aFrozenCycleRefusesEveryChangeEvenFromTheSecretariat() throws Exception {
        for (CycleStatus frozen : List.of(CycleStatus.ENDORSED, CycleStatus.CLOSED)) {
            ReviewCycle cycle = fixtures.aCycle(frozen);
            Priority submitted = fixtures.aSubmittedPriorityOf(cycle, "PE", 1);

            mvc.perform(post("/api/cycles/{c}/countries/PE/priorities", cycle.id()).with(api(focalPointOfPeru))
                    .contentType(MediaType.APPLICATION_JSON).content(body("Into a frozen cycle", 2, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("frozen")));
            mvc.perform(put("/api/priorities/{p}", submitted.id()).with(api(officer))
                    .contentType(MediaType.APPLICATION_JSON).content(body("Rewritten", 1, submitted.version())))
                .andExpect(status().isConflict());
            mvc.perform(post("/priorities/{p}/status", submitted.id()).with(page(officer)).with(csrf())
                    .param("status", "DROPPED").param("version", String.valueOf(submitted.version())))
                .andExpect(status().isConflict());
            mvc.perform(post("/api/cycles/{c}/weights", cycle.id()).with(api(officer))).andExpect(status().isConflict());

            assertThat(priorities.findByCycle(cycle.id())).containsExactly(submitted);
        }
    }

    // --- optimistic locking ---------------------------------------------------------------------------------------

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictShowingWhatChanged() throws Exception {
        ReviewCycle cycle = fixtures.anOpenCycle();
        Priority draft = fixtures.aDraftOf(cycle, "PE", 1);
        String colleague = AccountFixtures.aFocalPointOf(administration, "PE");

        mvc.perform(put("/api/priorities/{p}", draft.id()).with(api(colleague)).contentType(MediaType.APPLICATION_JSON)
                .content(body("Colleague's wording", 1, draft.version())))
            .andExpect(status().isOk());
        mvc.perform(put("/api/priorities/{p}", draft.id()).with(api(focalPointOfPeru)).contentType(MediaType.APPLICATION_JSON)
                .content(body("My wording", 1, draft.version())))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                "title 'Colleague's wording' (yours: 'My wording')")));

        String page = mvc.perform(post("/priorities/{p}", draft.id()).with(page(focalPointOfPeru)).with(csrf())
                .param("level", "NATIONAL").param("thematicAreaCode", "A1").param("title", "My wording")
                .param("language", "en").param("rank", "1").param("status", "SUBMITTED")
                .param("version", String.valueOf(draft.version())))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"conflict\"").contains("Colleague&#39;s wording").contains("My wording");
        assertThat(priorities.get(draft.id()).title()).isEqualTo("Colleague's wording");
    }

    // --- cycle state machine --------------------------------------------------------------------------------------

    @Test
    void theSecretariatMovesACycleAndEachMoveIsAudited() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.DRAFT);

        mvc.perform(post("/api/cycles/{c}/transitions", cycle.id()).with(api(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"OPEN\", \"version\": 0}"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(post("/cycles/{c}/status", cycle.id()).with(page(officer)).with(csrf())
                .param("to", "CONSOLIDATION").param("version", "1"))
            .andExpect(status().is3xxRedirection());

        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.CONSOLIDATION);
        assertThat(jdbc.sql("SELECT changes FROM audit_entry WHERE entity_type = 'ReviewCycle' AND entity_id = :id "
                + "AND action = 'UPDATE' ORDER BY id").param("id", String.valueOf(cycle.id())).query(String.class).list())
            .hasSize(2).allMatch(c -> c.contains("\"status\""));
    }

    @Test
    void anIllegalMoveIsRefusedWithAMessageNamingFromAndTo() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.DRAFT);

        mvc.perform(post("/api/cycles/{c}/transitions", cycle.id()).with(api(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"ENDORSED\", \"version\": 0}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("A review cycle cannot move from Draft to Endorsed; from Draft it can "
                + "only move to Open for submissions"));
        ReviewCycle consolidating = fixtures.aCycle(CycleStatus.CONSOLIDATION);
        mvc.perform(post("/api/cycles/{c}/transitions", consolidating.id()).with(api(officer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"ENDORSED\", \"version\": 0}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("endorsement")));
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.DRAFT);
    }

    @Test
    void theEndorsementFormNamesWhatIsMissingAndFreezesTheCycleOnceComplete() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.CONSOLIDATION);
        Priority submitted = fixtures.aSubmittedPriorityOf(cycle, "PE", 1);

        mvc.perform(post("/cycles/{c}/endorsement", cycle.id()).with(page(officer)).with(csrf())
                .param("meeting", "GRULAC, typed once").param("version", String.valueOf(cycle.version())))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"GRULAC, typed once\"")))
            .andDo(page -> {
                String html = page.getResponse().getContentAsString();
                assertThat(errorAfter(html, "decisionText")).isEqualTo("is required: the text of GRULAC's decision");
                assertThat(errorAfter(html, "endorsedOn")).isEqualTo("is required");
                assertThat(errorAfter(html, "meeting")).isNull();
            });
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.CONSOLIDATION);

        // A complete form first answers the confirmation of what the endorsement will change; confirmed, it endorses.
        mvc.perform(post("/cycles/{c}/endorsement", cycle.id()).with(page(officer)).with(csrf())
                .param("meeting", "GRULAC, 2031").param("endorsedOn", "2031-06-01").param("decisionText", "Endorsed.")
                .param("version", String.valueOf(cycle.version())))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"confirm\" value=\"true\"")));
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.CONSOLIDATION);
        mvc.perform(post("/cycles/{c}/endorsement", cycle.id()).with(page(officer)).with(csrf())
                .param("meeting", "GRULAC, 2031").param("endorsedOn", "2031-06-01").param("decisionText", "Endorsed.")
                .param("version", String.valueOf(cycle.version())).param("confirm", "true"))
            .andExpect(status().is3xxRedirection());
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.ENDORSED);
        assertThat(priorities.get(submitted.id()).weight()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Endorsement' AND changes LIKE '%Endorsed.%'")
            .query(Integer.class).single()).isPositive();
    }

    @Test
    void onlyTheSecretariatMovesACycle() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.DRAFT);

        mvc.perform(post("/api/cycles/{c}/transitions", cycle.id()).with(api(focalPointOfPeru))
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"OPEN\", \"version\": 0}"))
            .andExpect(status().isForbidden());
        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.DRAFT);
    }

    // --- carry-forward, consolidation, endorsement, publication -----------------------------------------------------

    @Test
    void aNewCycleCarriesTheSubmittedNationalPrioritiesForwardAsDrafts() throws Exception {
        ReviewCycle previous = fixtures.aCycle(CycleStatus.CLOSED);
        Priority kept = fixtures.aSubmittedPriorityOf(previous, "PE", 1);
        fixtures.aNationalPriority(previous, "PE", 2, PriorityStatus.DROPPED, "Dropped before");
        Priority chile = fixtures.aSubmittedPriorityOf(previous, "CL", 1);

        String created = mvc.perform(post("/api/cycles").with(api(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"title": "%s", "periodStart": "2032-01-01", "periodEnd": "2033-12-31",
                     "submissionDeadline": "2099-03-31", "previousCycleId": %d}
                    """.formatted(PriorityFixtures.unique("Carried"), previous.id())))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        List<Priority> copies = priorities.findByCycle(id);
        assertThat(copies).extracting(Priority::carriedFromId).containsExactlyInAnyOrder(kept.id(), chile.id());
        assertThat(copies).allMatch(p -> p.status() == PriorityStatus.DRAFT && p.weight() == null);
        Priority peru = copies.stream().filter(p -> "PE".equals(p.countryCode())).findFirst().orElseThrow();
        assertThat(peru.title()).isEqualTo(kept.title());
        assertThat(peru.sectors()).isEqualTo(kept.sectors());
        assertThat(peru.rank()).isEqualTo(kept.rank());

        cycles.updateStatus(cycles.get(id), CycleStatus.OPEN, cycles.get(id).version());
        mvc.perform(post("/priorities/{p}/status", peru.id()).with(page(focalPointOfPeru)).with(csrf())
                .param("status", "SUBMITTED").param("version", String.valueOf(peru.version())))
            .andExpect(status().is3xxRedirection());
        assertThat(priorities.get(peru.id()).status()).isEqualTo(PriorityStatus.SUBMITTED);
    }

    @Test
    void onlyAnEndorsedOrClosedCycleCanBeCarriedForward() throws Exception {
        ReviewCycle open = fixtures.anOpenCycle();

        mvc.perform(post("/api/cycles").with(api(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"title": "Too early", "periodStart": "2032-01-01", "periodEnd": "2033-12-31",
                     "submissionDeadline": "2099-03-31", "previousCycleId": %d}
                    """.formatted(open.id())))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("previousCycleId"));
    }

    @Test
    void consolidationLinksNationalPrioritiesWeighsThemAndEndorsementFreezesAndPublishesTheCycle() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.CONSOLIDATION);
        Priority bolivia = fixtures.aSubmittedPriorityOf(cycle, "BO", 1);
        Priority peru = fixtures.aSubmittedPriorityOf(cycle, "PE", 2);
        fixtures.aSubmittedPriorityOf(cycle, "CL", 1);
        Priority chileDraft = fixtures.aDraftOf(cycle, "CL", 2);

        String andean = PriorityFixtures.unique("Andean agro-industry");
        mvc.perform(post("/api/cycles/{c}/consolidated", cycle.id()).with(api(officer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"level": "SUB_REGIONAL", "groupingCode": "CAN", "thematicAreaCode": "A1", "title": "%s",
                     "rank": 1, "nationalIds": [%d, %d]}
                    """.formatted(andean, bolivia.id(), peru.id())))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.sectors[0]").value("32161"));
        mvc.perform(post("/api/cycles/{c}/weights", cycle.id()).with(api(officer))).andExpect(status().isOk());

        List<Priority> weighed = priorities.findByCycle(cycle.id());
        // 3 countries submitted; Bolivia and Peru share the Andean priority: (0.6 × 1/1 + 0.3 × 2/3) ÷ 1 = 0.8
        assertThat(weighed).filteredOn(p -> p.id() == bolivia.id()).extracting(Priority::weight)
            .singleElement().satisfies(w -> assertThat(w).isEqualByComparingTo("0.8000"));
        // (0.6 × 1/1 + 0.3 × 2/3 + 0.05) ÷ 1 = 0.85
        assertThat(weighed).filteredOn(p -> p.title().equals(andean)).extracting(Priority::weight)
            .singleElement().satisfies(w -> assertThat(w).isEqualByComparingTo("0.8500"));
        assertThat(weighed).filteredOn(p -> p.status() == PriorityStatus.SUBMITTED)
            .allSatisfy(p -> assertThat(p.weight()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE));
        assertThat(priorities.get(chileDraft.id()).weight()).isNull();
        assertThat(priorities.linksOf(cycle.id()).values()).containsExactly(List.of(bolivia.id(), peru.id()));
        mvc.perform(get("/cycles/{c}", cycle.id()).with(page(officer))).andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(
                "0.80 = (0.60 × 1/1 + 0.30 × 2/3 countries + 0.00 National) ÷ 1.00")));

        mvc.perform(get("/api/cycles/{c}", cycle.id())).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/cycles/{c}/endorsement", cycle.id()).with(api(officer))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"meeting": "GRULAC meeting", "endorsedOn": "2031-06-01", "decisionText": "Endorsed.",
                     "version": %d}
                    """.formatted(cycle.version())))
            .andExpect(status().isCreated());

        assertThat(cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.ENDORSED);
        String published = mvc.perform(get("/cycles/{c}", cycle.id())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(published).contains(bolivia.title()).contains("Endorsed.").doesNotContain(chileDraft.title());
        mvc.perform(get("/api/cycles/{c}/priorities", cycle.id())).andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.priority.id == %d)]".formatted(chileDraft.id())).isEmpty())
            .andExpect(jsonPath("$[?(@.priority.id == %d)]".formatted(bolivia.id())).isNotEmpty());
        mvc.perform(get("/api/priorities/{p}", chileDraft.id()).with(api(focalPointOfPeru))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAndDonorsDoNotSeeUnpublishedCycles() throws Exception {
        ReviewCycle open = fixtures.anOpenCycle();
        String donor = PriorityFixtures.unique("donor").replace(' ', '-');
        administration.create(donor, AccountFixtures.PASSWORD, "Test donor", null, "DONOR", List.of(), "GEF");

        mvc.perform(get("/api/cycles/{c}", open.id())).andExpect(status().isUnauthorized());
        String list = mvc.perform(get("/cycles")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(open.title());
        assertThat(mvc.perform(get("/cycles").with(page(donor))).andReturn().getResponse().getContentAsString())
            .doesNotContain(open.title());
        mvc.perform(get("/cycles/{c}", open.id()).with(page(donor))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/cycles").with(page(focalPointOfChile))).andReturn().getResponse().getContentAsString())
            .contains(open.title());
    }

    // --- CSV -----------------------------------------------------------------------------------------------------

    @Test
    void exportsACyclesPrioritiesAsUtf8CsvWithAHeaderRow() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.CLOSED);
        Priority p = fixtures.aNationalPriority(cycle, "PE", 1, PriorityStatus.SUBMITTED, "Agroindustria, café y cacao");
        fixtures.aDraftOf(cycle, "PE", 2);

        var response = mvc.perform(get("/cycles/{c}/priorities.csv", cycle.id())).andExpect(status().isOk())
            .andExpect(content().contentType("text/csv;charset=UTF-8")).andReturn().getResponse();
        String[] lines = new String(response.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(PriorityCsv.HEADER);
        assertThat(lines[1]).startsWith(cycle.id() + "," + cycle.title() + "," + p.id() + ",NATIONAL,PE,,PE,A1,,1,"
            + "\"Agroindustria, café y cacao\",\"Because, it matters\",en,32161,,SUBMITTED,");
        assertThat(response.getHeader("Content-Disposition")).contains("priorities-cycle-" + cycle.id() + ".csv");
    }

    // --- comparison ------------------------------------------------------------------------------------------------

    @Test
    void comparesTwoCyclesThroughTheApiAndThePage() throws Exception {
        ReviewCycle earlier = fixtures.aCycle(CycleStatus.CLOSED);
        Priority agro = fixtures.aNationalPriority(earlier, "PE", 1, PriorityStatus.SUBMITTED, "Agro");
        Priority forestry = fixtures.aNationalPriority(earlier, "PE", 2, PriorityStatus.SUBMITTED, "Forestry");
        fixtures.aNationalPriority(earlier, "CL", 1, PriorityStatus.SUBMITTED, "Mining suppliers");
        ReviewCycle later = fixtures.aCycle(CycleStatus.ENDORSED, java.time.LocalDate.now(), earlier.id());
        carried(later, agro, 2, "Agro");
        carried(later, forestry, 1, "Forestry and wood furniture");
        fixtures.aNationalPriority(later, "UY", 1, PriorityStatus.SUBMITTED, "Renewables");

        mvc.perform(get("/api/cycles/compare").param("from", String.valueOf(earlier.id()))
                .param("to", String.valueOf(later.id())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.byCountry.PE.reranked").value(2))
            .andExpect(jsonPath("$.byCountry.PE.reworded").value(1))
            .andExpect(jsonPath("$.byCountry.CL.dropped").value(1))
            .andExpect(jsonPath("$.byCountry.UY.added").value(1))
            .andExpect(jsonPath("$.byGrouping.CAN.reranked").value(2))
            .andExpect(jsonPath("$.byGrouping.MERCOSUR.added").value(1))
            .andExpect(jsonPath("$.byTheme.A.dropped").value(1));
        mvc.perform(get("/cycles/compare").param("from", String.valueOf(earlier.id())).param("to", String.valueOf(later.id())))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Forestry and wood furniture")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("1 added, 1 dropped, 2 re-ranked, 1 re-worded")));
    }

    private void carried(ReviewCycle cycle, Priority from, int rank, String title) {
        priorities.insert(PriorityBuilder.aPriority().cycle(cycle.id()).of(String.valueOf(from.countryCode()))
            .theme(from.thematicAreaCode()).title(title).rationale(from.rationale()).rank(rank).carriedFrom(from.id())
            .sectors(from.sectors().toArray(String[]::new)).build());
    }

    @Test
    void theConsolidationFormKeepsWhatWasTypedAndNamesEachFieldAtFault() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.CONSOLIDATION);
        Priority bolivia = fixtures.aSubmittedPriorityOf(cycle, "BO", 1);
        Priority peru = fixtures.aSubmittedPriorityOf(cycle, "PE", 1);

        mvc.perform(post("/cycles/{c}/consolidated", cycle.id()).with(page(officer)).with(csrf())
                .param("level", "SUB_REGIONAL").param("groupingCode", "").param("thematicAreaCode", "A1")
                .param("title", "").param("rationale", "Both countries process quinoa").param("rank", "0")
                .param("nationalIds", String.valueOf(bolivia.id())))
            .andExpect(status().isOk())
            .andDo(page -> {
                String html = page.getResponse().getContentAsString();
                assertThat(errorAfter(html, "title")).isEqualTo("is required");
                assertThat(errorAfter(html, "rank")).isEqualTo("is required: a whole number from 1 to 999");
                assertThat(errorAfter(html, "groupingCode")).isEqualTo("a sub-regional priority names a known grouping");
                assertThat(errorAfter(html, "thematicAreaCode")).isNull();
                assertThat(html).containsPattern("<textarea[^>]*id=\"rationale\"[^>]*>Both countries process quinoa</textarea>")
                    .containsPattern("<input[^>]*value=\"" + bolivia.id() + "\"[^>]*checked")
                    .doesNotContainPattern("<input[^>]*value=\"" + peru.id() + "\"[^>]*checked");
            });
        assertThat(priorities.findByCycle(cycle.id())).noneMatch(Priority::consolidated);

        mvc.perform(post("/cycles/{c}/consolidated", cycle.id()).with(page(officer)).with(csrf())
                .param("level", "SUB_REGIONAL").param("groupingCode", "CAN").param("thematicAreaCode", "A1")
                .param("title", PriorityFixtures.unique("Quinoa processing")).param("rank", "1")
                .param("nationalIds", String.valueOf(bolivia.id()), String.valueOf(peru.id())))
            .andExpect(redirectedUrl("/cycles/" + cycle.id() + "/consolidation"));
        assertThat(priorities.findByCycle(cycle.id())).filteredOn(Priority::consolidated).hasSize(1);
    }

    @Test
    void writesToACyclesPrioritiesWaitForWhoeverHoldsTheCycle() throws Exception {
        ReviewCycle cycle = fixtures.aCycle(CycleStatus.CONSOLIDATION);
        Priority peru = fixtures.aSubmittedPriorityOf(cycle, "PE", 1);
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // Another transaction holds the cycle, as an endorsement or a submission in progress would.
            java.util.concurrent.Future<?> holder = threads.submit(() -> new org.springframework.transaction.support
                .TransactionTemplate(transactions).executeWithoutResult(status -> {
                    jdbc.sql("SELECT id FROM review_cycle WHERE id = :id FOR UPDATE").param("id", cycle.id())
                        .query(Long.class).single();
                    held.countDown();
                    try {
                        release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            assertThat(held.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.Future<?> weights = threads.submit(() -> consolidation.computeWeights(cycle.id()));
            awaitASessionBlockedOnALock();
            assertThat(weights.isDone()).as("the weights wait until the cycle is released").isFalse();
            release.countDown();
            holder.get(10, java.util.concurrent.TimeUnit.SECONDS);
            weights.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        assertThat(priorities.get(peru.id()).weight()).isNotNull();
    }

    /**
     * Waits until the database itself reports a session waiting for a lock held by another: the proof that the write
     * queued behind the cycle's row, rather than a pause long enough to hope it did.
     */
    private void awaitASessionBlockedOnALock() throws InterruptedException {
        String blocked = isPostgres()
            ? "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
            : "SELECT count(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (jdbc.sql(blocked).query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("no session waited for the cycle's lock within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private boolean isPostgres() {
        return jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
            .getDatabaseProductName()).single().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** The error shown under the field with this id, before the next field's label; null when there is none. */
    private static @org.jspecify.annotations.Nullable String errorAfter(String html, String id) {
        int field = html.indexOf("id=\"" + id + "\"");
        assertThat(field).as("a field with id %s", id).isNotNegative();
        int next = html.indexOf("<label", field);
        java.util.regex.Matcher error = java.util.regex.Pattern.compile("<p class=\"field-error\"[^>]*>(.*?)</p>")
            .matcher(html.substring(field, next < 0 ? html.length() : next));
        return error.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(error.group(1)) : null;
    }

    private RequestPostProcessor page(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static RequestPostProcessor api(String username) {
        return httpBasic(username, AccountFixtures.PASSWORD);
    }

    private static String body(String title, int rank, Integer version) {
        return """
            {"level": "NATIONAL", "thematicAreaCode": "A1", "title": "%s", "language": "en", "rank": %d,
             "sectors": ["32161"], "status": "SUBMITTED", "version": %s}
            """.formatted(title, rank, version);
    }
}

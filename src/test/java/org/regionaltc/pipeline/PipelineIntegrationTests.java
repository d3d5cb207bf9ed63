package org.regionaltc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Proposals through the API and pages: the stages, their history, bad moves and who sees what. */
@SpringBootTest
@AutoConfigureMockMvc
class PipelineIntegrationTests {

    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    private String officer;
    private long project;

    @BeforeEach
    void aBolivianProject() {
        officer = AccountFixtures.anOfficer(administration);
        project = FundingFixtures.aProject(jdbc, "BO", "250000.00");
    }

    private long propose(String body, String amount) throws Exception {
        String json = mvc.perform(post("/api/proposals").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"projectId": %d, "bodyCode": "%s", "currency": "USD", "amountRequested": %s,
                     "nextAction": "send the concept note", "nextActionDate": "2030-01-15"}""".formatted(project, body, amount)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.stage").value("IDENTIFIED"))
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private ResultActions move(long id, String stage, String approved, int version) throws Exception {
        return mvc.perform(post("/api/proposals/" + id + "/moves").with(httpBasic(officer, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"stage": %s, "amountApproved": %s, "note": "moved", "version": %d}"""
                .formatted(stage == null ? "null" : "\"" + stage + "\"", approved, version)));
    }

    @Test
    void aProposalGoesThroughEveryStageAndKeepsItsHistory() throws Exception {
        long id = propose("GEF", "200000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", "180000.00", 2).andExpect(status().isOk())
            .andExpect(jsonPath("$.amountApproved").value(180000.00));
        move(id, "AGREEMENT_SIGNED", null, 3).andExpect(status().isOk())
            .andExpect(jsonPath("$.stage").value("AGREEMENT_SIGNED"))
            .andExpect(jsonPath("$.amountApproved").value(180000.00));
        mvc.perform(get("/api/proposals/" + id).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.history.length()").value(5))
            .andExpect(jsonPath("$.history[0].to").value("IDENTIFIED"))
            .andExpect(jsonPath("$.history[3].from").value("UNDER_NEGOTIATION"))
            .andExpect(jsonPath("$.history[3].amountApproved").value(180000.00))
            .andExpect(jsonPath("$.history[4].actor").value("Test OFFICER"))
            .andExpect(jsonPath("$.allowedMoves.length()").value(0));
    }

    @Test
    void refusesAMoveItsStageDoesNotAllow() throws Exception {
        long id = propose("GEF", "1000.00");
        move(id, "APPROVED_PLEDGED", "1000.00", 0)
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value("stage: a proposal Identified can move to Concept submitted, "
                + "Rejected, Withdrawn, not to Approved / pledged"));
        move(id, "WITHDRAWN", null, 0).andExpect(status().isOk());
        move(id, "CONCEPT_SUBMITTED", null, 1)
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("a proposal Withdrawn can move to no other stage")));
    }

    @Test
    void refusesAStaleVersionAndAnApprovalWithoutAmount() throws Exception {
        long id = propose("MLF", "1000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 0)
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("changed by someone else")));
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", null, 2)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("amountApproved"));
        move(id, "APPROVED_PLEDGED", "0", 2)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value(containsString("greater than zero")));
    }

    @Test
    void refusesABadProposal() throws Exception {
        mvc.perform(post("/api/proposals").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"projectId\": -1, \"bodyCode\": \"GEF\", \"currency\": \"QQQ\", \"amountRequested\": -3}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("projectId")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("amountRequested")));
    }

    @Test
    void aDonorSeesOnlyItsOwnBodysProposalsAndAFocalPointOnlyItsCountries() throws Exception {
        long gef = propose("GEF", "1000.00");
        long eu = propose("EU", "1000.00");
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        mvc.perform(get("/api/proposals").with(httpBasic(donor, PASSWORD)))
            .andExpect(jsonPath("$.proposals[*].bodyCode", everyItem(is("GEF"))))
            .andExpect(jsonPath("$.proposals[*].id", hasItem((int) gef)));
        mvc.perform(get("/api/proposals/" + eu).with(httpBasic(donor, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/" + eu).with(user(users.loadUserByUsername(donor)))).andExpect(status().isForbidden());
        mvc.perform(get("/pipeline/" + gef).with(user(users.loadUserByUsername(donor)))).andExpect(status().isOk());
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        mvc.perform(get("/api/proposals").with(httpBasic(chile, PASSWORD)))
            .andExpect(jsonPath("$.proposals[*].id", not(hasItem((int) gef))));
        mvc.perform(get("/api/proposals/" + gef).with(httpBasic(chile, PASSWORD))).andExpect(status().isForbidden());
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        mvc.perform(get("/pipeline").with(user(users.loadUserByUsername(bolivia))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/pipeline/" + eu)));
    }

    @Test
    void theProposalPageMovesItAndShowsTheConflictWhenItChangedMeanwhile() throws Exception {
        long id = propose("IDF", "1000.00");
        mvc.perform(post("/pipeline/" + id + "/moves").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("stage", "CONCEPT_SUBMITTED").param("version", "0"))
            .andExpect(redirectedUrl("/pipeline/" + id));
        mvc.perform(post("/pipeline/" + id + "/moves").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("stage", "UNDER_NEGOTIATION").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("changed by someone else")))
            .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get("/pipeline/" + id).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("Concept submitted")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal_event WHERE proposal_id = :id").param("id", id)
            .query(Integer.class).single()).isEqualTo(2);
    }

    private java.util.List<String> ledgerOf(long proposal) {
        return jdbc.sql("""
                SELECT entry_type, entry_date, currency, amount FROM ledger_entry
                WHERE project_id = :project AND reference = :reference ORDER BY id""")
            .param("project", project).param("reference", "proposal " + proposal)
            .query((rs, n) -> rs.getString(1) + " " + rs.getDate(2).toLocalDate() + " " + rs.getString(3) + " "
                + org.regionaltc.system.Money.in(rs.getString(3).strip(), rs.getBigDecimal(4)).toPlainString())
            .list();
    }

    @Test
    void approvalRecordsThePledgeAndTheSignedAgreementTheCommitmentInTheLedger() throws Exception {
        long id = propose("GEF", "200000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        assertThat(ledgerOf(id)).isEmpty();
        mvc.perform(post("/api/proposals/" + id + "/moves").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"stage": "APPROVED_PLEDGED", "amountApproved": 180000.00, "decisionDate": "2025-02-03", "version": 2}"""))
            .andExpect(status().isOk());
        assertThat(ledgerOf(id)).containsExactly("PLEDGE 2025-02-03 USD 180000.00");
        mvc.perform(post("/api/proposals/" + id + "/moves").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"stage": "AGREEMENT_SIGNED", "decisionDate": "2025-04-30", "version": 3}"""))
            .andExpect(status().isOk());
        assertThat(ledgerOf(id)).containsExactly("PLEDGE 2025-02-03 USD 180000.00", "COMMITMENT 2025-04-30 USD 180000.00");
        // The commitment counts as secured funding; the pledge does not.
        mvc.perform(get("/api/mobilization/projects/" + project).with(httpBasic(officer, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.funding.grantsUsd").value(180000.00));
    }

    @Test
    void aMoveRecordsNothingInTheLedgerWhenToldItIsAlreadyThere() throws Exception {
        long id = propose("MLF", "5000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        mvc.perform(post("/pipeline/" + id + "/moves").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("stage", "APPROVED_PLEDGED").param("amountApproved", "5000.00").param("skipLedger", "true")
                .param("version", "2"))
            .andExpect(redirectedUrl("/pipeline/" + id));
        mvc.perform(post("/pipeline/" + id + "/moves").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("stage", "AGREEMENT_SIGNED").param("_skipLedger", "on").param("version", "3"))
            .andExpect(redirectedUrl("/pipeline/" + id));
        assertThat(ledgerOf(id)).as("the unticked box records the commitment only").hasSize(1)
            .allSatisfy(e -> assertThat(e).startsWith("COMMITMENT " + java.time.LocalDate.now() + " USD 5000.00"));
    }

    @Test
    void aCommitmentAlreadyInTheLedgerIsNotRecordedTwice() throws Exception {
        long id = propose("MLF", "4000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", "4000.00", 2).andExpect(status().isOk());
        long imported = FundingFixtures.anEntry(jdbc, "COMMITMENT", "MLF", project, null, "4000.00");
        move(id, "AGREEMENT_SIGNED", null, 3)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("skipLedger"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString(
                "the ledger already has an entry of MLF to this project for USD 4,000.00")))
            .andExpect(jsonPath("$.errors[0].message").value(containsString("entry " + imported + ")")));
        mvc.perform(post("/api/proposals/" + id + "/moves").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"stage": "AGREEMENT_SIGNED", "skipLedger": true, "version": 3}"""))
            .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE project_id = :p AND entry_type = 'COMMITMENT'")
            .param("p", project).query(Integer.class).single()).isEqualTo(1);
        // Only the approval's pledge carries the proposal's reference: the signature recorded nothing.
        assertThat(ledgerOf(id)).containsExactly("PLEDGE " + java.time.LocalDate.now() + " USD 4000.00");
    }

    @Test
    void aWithdrawnProposalTakesItsPledgeOutOfTheLedger() throws Exception {
        long id = propose("EU", "7000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", "6500.00", 2).andExpect(status().isOk());
        assertThat(ledgerOf(id)).containsExactly("PLEDGE " + java.time.LocalDate.now() + " USD 6500.00");
        move(id, "WITHDRAWN", null, 3).andExpect(status().isOk());
        assertThat(ledgerOf(id)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'LedgerEntry' AND action = 'DELETE'"
                + " AND changes LIKE :reference").param("reference", "%proposal " + id + "%").query(Integer.class).single())
            .isEqualTo(1);
    }

    @Test
    void theApprovalsPledgePointsAtItsProposalAndWithdrawingRemovesThatEntryAndNotOneTypedByHand() throws Exception {
        long id = propose("EU", "7000.00");
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", "6500.00", 2).andExpect(status().isOk());
        mvc.perform(post("/api/ledger-entries").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"type": "PLEDGE", "bodyCode": "EU", "projectId": %d, "date": "%s", "currency": "USD",
                     "amount": 1200.00, "reference": "proposal %d", "notes": "typed by hand"}"""
                    .formatted(project, java.time.LocalDate.now(), id)))
            .andExpect(status().isCreated());
        mvc.perform(get("/api/ledger-entries").param("project", String.valueOf(project)).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$[?(@.amount == 6500.00)].proposalId").value(hasItem((int) id)))
            .andExpect(jsonPath("$[?(@.amount == 1200.00)].proposalId").value(hasItem(nullValue())));
        mvc.perform(get("/funding/ledger").param("project", String.valueOf(project))
                .with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("href=\"/pipeline/" + id + "\">proposal " + id + "</a>")));
        move(id, "WITHDRAWN", null, 3).andExpect(status().isOk());
        assertThat(ledgerOf(id)).containsExactly("PLEDGE " + java.time.LocalDate.now() + " USD 1200.00");
    }

    @Test
    void theMigrationLinksTheEntriesThePipelineRecordedBeforeAndOnlyThose() throws Exception {
        long proposal = FundingFixtures.aProposal(jdbc, project, "GEF");
        long legacy = legacyEntry("PLEDGE", "GEF", "proposal " + proposal);
        long otherBody = legacyEntry("PLEDGE", "EU", "proposal " + proposal);
        long receipt = legacyEntry("RECEIPT", "GEF", "proposal " + proposal);
        long notAnId = legacyEntry("COMMITMENT", "GEF", "proposal " + proposal + "a");
        long tooLarge = legacyEntry("COMMITMENT", "GEF", "proposal 99999999999999999999999");
        long noSuchProposal = legacyEntry("COMMITMENT", "GEF", "proposal 0");
        String migration = new String(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
            .getResources("classpath:db/migration/V*__link_ledger_entry_to_proposal.sql")[0].getContentAsByteArray(),
            java.nio.charset.StandardCharsets.UTF_8);
        String fill = migration.substring(migration.indexOf("UPDATE ledger_entry")).strip();
        jdbc.sql(fill.substring(0, fill.length() - 1)).update();
        assertThat(proposalOf(legacy)).isEqualTo(proposal);
        for (long untouched : new long[] {otherBody, receipt, notAnId, tooLarge, noSuchProposal}) {
            assertThat(proposalOf(untouched)).as("entry " + untouched).isNull();
        }
    }

    private long legacyEntry(String type, String body, String reference) {
        long entry = FundingFixtures.anEntry(jdbc, type, body, project, null, "100.00");
        jdbc.sql("UPDATE ledger_entry SET reference = :reference WHERE id = :id").param("reference", reference)
            .param("id", entry).update();
        return entry;
    }

    private @org.jspecify.annotations.Nullable Long proposalOf(long entry) {
        return jdbc.sql("SELECT proposal_id FROM ledger_entry WHERE id = :id").param("id", entry)
            .query((rs, n) -> rs.getObject(1, Long.class)).list().getFirst();
    }

    @Test
    void aCommitmentThatCannotBeConvertedToUsdLeavesTheProposalWhereItWas() throws Exception {
        long id = propose("IDF", "3000.00");
        jdbc.sql("UPDATE proposal SET currency = 'CHF' WHERE id = :id").param("id", id).update();
        if (jdbc.sql("SELECT COUNT(*) FROM exchange_rate WHERE currency = 'CHF'").query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO exchange_rate (currency, rate_date, usd_per_unit) VALUES ('CHF', DATE '2020-01-01', 1.1)")
                .update();
        }
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        mvc.perform(post("/api/proposals/" + id + "/moves").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"stage": "APPROVED_PLEDGED", "amountApproved": 3000.00, "decisionDate": "1999-12-31", "version": 2}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("decisionDate"))
            .andExpect(jsonPath("$.errors[0].message").value(containsString(
                "cannot be recorded in the ledger (Pledge): date no exchange rate for CHF on or before 1999-12-31")));
        mvc.perform(post("/api/proposals/" + id + "/moves").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"stage": "APPROVED_PLEDGED", "amountApproved": 3000.00, "decisionDate": "2099-01-01", "version": 2}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("decisionDate"))
            .andExpect(jsonPath("$.errors[0].message").value("cannot be in the future: 2099-01-01"));
        mvc.perform(get("/api/proposals/" + id).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.proposal.stage").value("UNDER_NEGOTIATION"))
            .andExpect(jsonPath("$.history.length()").value(3));
        assertThat(ledgerOf(id)).isEmpty();
    }

    @Test
    void theProposalPageOffersTheLedgerDateOnlyForMovesThatRecordInTheLedger() throws Exception {
        long id = propose("GEF", "1000.00");
        mvc.perform(get("/pipeline/" + id).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"decisionDate\""))));
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        mvc.perform(get("/pipeline/" + id).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("name=\"decisionDate\"")))
            .andExpect(content().string(containsString("name=\"skipLedger\"")));
    }

    private String aBodyWithARuleFor(String rule, String countries) throws Exception {
        String code = "T" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        mvc.perform(post("/api/financing-bodies").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"code": "%s", "name": "Test fund %s", "type": "VERTICAL_FUND"}""".formatted(code, code)))
            .andExpect(status().isCreated());
        mvc.perform(post("/api/eligibility-rules").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"bodyCode": "%s", "name": "%s", "periodStart": "2020-01-01", "countries": [%s]}"""
                    .formatted(code, rule, countries)))
            .andExpect(status().isCreated());
        return code;
    }

    @Test
    void aProposalToABodyTheProjectIsNotEligibleForIsSavedWithAWarningNamingTheFailedRules() throws Exception {
        String rule = "Peru only " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String body = aBodyWithARuleFor(rule, "\"PE\"");
        String page = mvc.perform(post("/pipeline").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("projectId", String.valueOf(project)).param("bodyCode", body).param("currency", "USD")
                .param("amountRequested", "1000.00"))
            .andExpect(redirectedUrlPattern("/pipeline/*"))
            .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("id=\"not-eligible\"")))
            .andExpect(content().string(containsString(rule + ": country: Bolivia (Plurinational State of) is not eligible")));
        mvc.perform(get(page).param("lang", "es").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("no es elegible")))
            .andExpect(content().string(containsString(rule + ": país no elegible: Bolivia (Estado Plurinacional de)")));
        mvc.perform(get("/api" + page.replace("/pipeline/", "/proposals/")).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.eligibility.status").value("NOT_ELIGIBLE"))
            .andExpect(jsonPath("$.eligibility.reasons[0]").value(rule + ": country: BO is not eligible"));

        long eligible = propose(aBodyWithARuleFor("Andean", "\"PE\", \"BO\""), "1000.00");
        mvc.perform(get("/pipeline/" + eligible).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(not(containsString("id=\"not-eligible\""))));
    }

    @Test
    void aYenProposalKeepsNoDecimalsAndRefusesAFractionOfAYen() throws Exception {
        if (jdbc.sql("SELECT COUNT(*) FROM exchange_rate WHERE currency = 'JPY'").query(Integer.class).single() == 0) {
            jdbc.sql("INSERT INTO exchange_rate (currency, rate_date, usd_per_unit) VALUES ('JPY', DATE '1992-01-01', 0.008)")
                .update();
        }
        String proposal = """
            {"projectId": %d, "bodyCode": "GEF", "currency": "JPY", "amountRequested": %s}""";
        mvc.perform(post("/api/proposals").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(proposal.formatted(project, "100.4")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("amountRequested"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a whole number: JPY has no decimals"));
        String json = mvc.perform(post("/api/proposals").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(proposal.formatted(project, "1234567")))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"amountRequested\":1234567,");
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        move(id, "CONCEPT_SUBMITTED", null, 0).andExpect(status().isOk());
        move(id, "UNDER_NEGOTIATION", null, 1).andExpect(status().isOk());
        move(id, "APPROVED_PLEDGED", "1000000.5", 2)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("amountApproved"));
        String moved = move(id, "APPROVED_PLEDGED", "1000000", 2).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(moved).contains("\"amountApproved\":1000000,");
    }
}

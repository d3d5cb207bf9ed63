package org.regionaltc.mobilization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.financing.Visibility;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.Cofinancings;
import org.regionaltc.funding.FundingFixtures;
import org.regionaltc.funding.LedgerDraft;
import org.regionaltc.funding.LedgerEntries;
import org.regionaltc.system.RejectedForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A project's funding sheet, eligibility on hand-built rules, the views and who may see them. */
@SpringBootTest
@AutoConfigureMockMvc
class MobilizationIntegrationTests {

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
    LedgerEntries ledger;
    @Autowired
    Cofinancings cofinancing;
    @Autowired
    MobilizationViews views;

    private String officer;
    private final List<Long> rules = new java.util.ArrayList<>();

    @BeforeEach
    void anOfficer() {
        officer = AccountFixtures.anOfficer(administration);
    }

    @AfterEach
    void removeTheRulesOfTheTest() throws Exception {
        for (long rule : rules) {
            mvc.perform(delete("/api/eligibility-rules/" + rule).with(httpBasic(officer, PASSWORD)));
        }
    }

    private long aRule(String json) throws Exception {
        String body = mvc.perform(post("/api/eligibility-rules").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        rules.add(id);
        return id;
    }

    private void record(String type, String body, long project, String usd) {
        ledger.create(new LedgerDraft(type, body, project, null, LocalDate.of(2025, 3, 1), "USD", new BigDecimal(usd),
            null, null), false);
    }

    @Test
    void theProjectSheetAddsUpSecuredFundingAndTheGapToTheCent() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "BO", "1000000.00");
        record("PLEDGE", "GEF", project, "500000.00");
        record("COMMITMENT", "GEF", project, "300000.00");
        record("RECEIPT", "GEF", project, "120000.10");
        record("RECEIPT", "IDF", project, "50000.05");
        record("ALLOTMENT", "GEF", project, "100000.00");
        cofinancing.create(new Cofinancing.Draft(project, "BO", "GOVERNMENT", "Ministry", "IN_KIND",
            LocalDate.of(2025, 3, 1), "USD", new BigDecimal("99999.99")), false);
        mvc.perform(get("/api/mobilization/projects/" + project).with(httpBasic(officer, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.funding.grantsUsd").value(350000.05))
            .andExpect(jsonPath("$.funding.cofinancingUsd").value(99999.99))
            .andExpect(jsonPath("$.funding.securedUsd").value(450000.04))
            .andExpect(jsonPath("$.funding.gapUsd").value(549999.96))
            .andExpect(jsonPath("$.funding.cofinancingRatio").value(0.29))
            .andExpect(jsonPath("$.eligibility.length()").value(
                jdbc.sql("SELECT COUNT(*) FROM financing_body").query(Integer.class).single()));
        mvc.perform(get("/mobilization/projects/" + project).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("549,999.96")));
    }

    @Test
    void namesTheExactRulesABodyFailsAndListsTheBodiesThatCouldCloseTheGap() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "BO", "200000.00");
        FundingFixtures.withTheme(jdbc, project, "C4");
        aRule("""
            {"bodyCode": "SE", "name": "Regional only", "periodStart": "2020-01-01", "scopes": ["REGIONAL"],
             "maxGrantUsd": 150000.00}""");
        aRule("""
            {"bodyCode": "CH", "name": "Environment in the Andes", "periodStart": "2020-01-01", "themes": ["C"],
             "countries": ["BO", "PE"]}""");
        mvc.perform(get("/mobilization/projects/" + project).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("Regional only: scope: National is not among Regional")))
            .andExpect(content().string(containsString(
                "Regional only: maximum grant: USD 200,000.00 is above the maximum of USD 150,000.00")));
        mvc.perform(get("/mobilization/projects/" + project).param("lang", "es")
                .with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("Regional only: alcance: Nacional no está entre Regional")));
        mvc.perform(get("/api/mobilization/projects/" + project).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.eligibility[?(@.body.code == 'SE')].verdict.reasons[0]")
                .value(hasItem("Regional only: scope: NATIONAL is not among REGIONAL")));
        MobilizationViews.GapRow row = views.gaps(Visibility.everything()).stream()
            .filter(g -> g.project().id() == project).findFirst().orElseThrow();
        assertThat(row.eligibleSources()).extracting(MobilizationViews.Source::bodyCode).contains("CH")
            .doesNotContain("SE");
    }

    @Test
    void refusesARuleWithUnknownCodesNamingEachField() throws Exception {
        mvc.perform(post("/api/eligibility-rules").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"bodyCode": "GEF", "name": "Bad", "periodStart": "2020-01-01", "periodEnd": "2019-01-01",
                     "themes": ["Z9"], "sectors": ["99999"], "countries": ["US"], "scopes": ["GLOBAL"],
                     "minGrantUsd": 10, "maxGrantUsd": 5, "cofinancingRatio": -1}"""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", hasItem("periodEnd")))
            .andExpect(jsonPath("$.errors[*].message", hasItem("is not a known thematic area: Z9")))
            .andExpect(jsonPath("$.errors[*].message", hasItem("is not an active DAC sector or sector category: 99999")))
            .andExpect(jsonPath("$.errors[*].message", hasItem("is not a GRULAC country: US")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("scopes")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("maxGrantUsd")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("cofinancingRatio")));
    }

    @Test
    void theProjectSheetIsForTheSecretariatAndTheFocalPointsOfItsCountries() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "BO", "1000.00");
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        mvc.perform(get("/mobilization/projects/" + project).with(user(users.loadUserByUsername(bolivia))))
            .andExpect(status().isOk());
        mvc.perform(get("/mobilization/projects/" + project).with(user(users.loadUserByUsername(chile))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/mobilization/projects/" + project).with(httpBasic(donor, PASSWORD)))
            .andExpect(status().isForbidden());
    }

    @Test
    void aDonorSeesItsOwnBodysPortfolioOnly() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "GT", "1000.00");
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "GEF", project, null, "400.00");
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        mvc.perform(get("/api/mobilization/portfolios/GEF").with(httpBasic(donor, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.projects[*].projectId", hasItem((int) project)));
        mvc.perform(get("/mobilization/portfolios/GEF").with(user(users.loadUserByUsername(donor))))
            .andExpect(status().isOk());
        mvc.perform(get("/mobilization/portfolios/MLF").with(user(users.loadUserByUsername(donor))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/mobilization/portfolios/MLF").with(httpBasic(donor, PASSWORD)))
            .andExpect(status().isForbidden());
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        mvc.perform(get("/api/mobilization/portfolios/GEF").with(httpBasic(chile, PASSWORD)))
            .andExpect(jsonPath("$.projects[*].projectId", not(hasItem((int) project))));
    }

    /** The overview lists the hundred largest gaps and says how many there are; the API pages through them all. */
    @Test
    void theOverviewShowsTheHundredLargestGapsAndCountsThemAll() throws Exception {
        for (int i = 0; i < 101; i++) {
            FundingFixtures.aProject(jdbc, "HN", "500.00");
        }
        String total = mvc.perform(get("/api/mobilization/gaps").with(httpBasic(officer, PASSWORD)))
            .andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Total-Count");
        String page = overviewAsOfficer();
        String gapsTable = page.substring(page.indexOf("id=\"gaps-shown\""), page.indexOf("</table>",
            page.indexOf("id=\"gaps-shown\"")));
        assertThat(java.util.regex.Pattern.compile("<tr>\\s*<td><a href=\"/mobilization/projects/").matcher(gapsTable)
            .results().count()).isEqualTo(100);
        assertThat(page).contains("The 100 largest gaps of " + String.format(java.util.Locale.ENGLISH, "%,d",
            Integer.parseInt(total)) + " are shown");
    }

    /** The portfolio page lists a page's worth of the body's projects, says how many there are and links the ledger. */
    @Test
    void thePortfolioPageShowsAHundredProjectsOfHowManyThereAre() throws Exception {
        for (int i = 0; i < 101; i++) {
            FundingFixtures.anEntry(jdbc, "PLEDGE", "SE", FundingFixtures.aProject(jdbc, "PA", "900.00"), null, "5.00");
        }
        int projects = com.jayway.jsonpath.JsonPath.<Integer>read(mvc.perform(get("/api/mobilization/portfolios/SE")
            .with(httpBasic(officer, PASSWORD))).andReturn().getResponse().getContentAsString(), "$.projects.length()");
        String page = mvc.perform(get("/mobilization/portfolios/SE").with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The 100 projects with the latest ledger lines of " + String.format(
            java.util.Locale.ENGLISH, "%,d", projects) + " are shown").contains("href=\"/funding/ledger?body=SE\"");
        String table = page.substring(page.indexOf("id=\"projects-shown\""), page.indexOf("</table>",
            page.indexOf("id=\"projects-shown\"")));
        assertThat(table.split("<tr>", -1).length - 1).as("header row and 100 projects").isEqualTo(101);
    }

    /** A body's portfolio sums every ledger line but lists only the newest hundred: the answer stays bounded. */
    @Test
    void aPortfolioListsTheNewestHundredLedgerLinesAndCountsThemAll() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "GT", "1000000.00");
        int before = jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE body_code = 'KR'").query(Integer.class).single();
        for (int i = 0; i < 101; i++) {
            FundingFixtures.anEntry(jdbc, "COMMITMENT", "KR", project, null, "1.00");
        }
        mvc.perform(get("/api/mobilization/portfolios/KR").with(httpBasic(officer, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.entries.length()").value(100))
            .andExpect(jsonPath("$.entryCount").value(before + 101))
            .andExpect(jsonPath("$.projects[?(@.projectId == " + project + ")].totalsUsd.COMMITMENT").value(hasItem(101.0)));
    }

    @Test
    void concentrationIsTheShareOfTheLargestBodyInACountrysSecuredGrants() throws Exception {
        long shared = FundingFixtures.aProject(jdbc, "NATIONAL", "USD", "1000.00", Map.of("DM", "50", "LC", "50"));
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "GEF", shared, null, "600.00");
        long dominica = FundingFixtures.aProject(jdbc, "DM", "1000.00");
        FundingFixtures.anEntry(jdbc, "RECEIPT", "EU", dominica, null, "100.00");
        FundingFixtures.anEntry(jdbc, "PLEDGE", "IT", dominica, null, "900.00");
        MobilizationViews.Concentration dm = views.concentration(Visibility.everything()).stream()
            .filter(c -> c.countryCode().equals("DM")).findFirst().orElseThrow();
        assertThat(dm.totalUsd()).isEqualTo(new BigDecimal("400.00"));
        assertThat(dm.largestBody()).isEqualTo("GEF");
        assertThat(dm.largestSharePercent()).isEqualTo(new BigDecimal("75.00"));
        assertThat(views.concentration(new Visibility(false, null, java.util.Set.of("CL"))))
            .extracting(MobilizationViews.Concentration::countryCode).doesNotContain("DM");
    }

    @Test
    void gapTotalsShareAProjectBetweenItsCountriesAndAddUpTheirSubRegions() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "SUB_REGIONAL", "USD", "1000.01", Map.of("KN", "60", "VC", "40"));
        FundingFixtures.withTheme(jdbc, project, "B2");
        MobilizationViews.GapTotals totals = views.gapTotals(Visibility.everything());
        MobilizationViews.GapTotal kn = totals.byCountry().stream().filter(t -> t.code().equals("KN")).findFirst()
            .orElseThrow();
        assertThat(kn.projects()).isGreaterThanOrEqualTo(1);
        assertThat(totals.bySubRegion()).extracting(MobilizationViews.GapTotal::code).contains("OECS", "CARICOM");
        assertThat(totals.byTheme()).extracting(MobilizationViews.GapTotal::code).contains("B");
        assertThat(views.gapTotals(new Visibility(false, null, java.util.Set.of("KN"))).byCountry())
            .extracting(MobilizationViews.GapTotal::code).containsOnly("KN");
    }

    @Test
    void deadlinesListWindowsAndNextActionsDueInTheNextNinetyDays() throws Exception {
        long soon = FundingFixtures.aWindow(jdbc, "KR", "USD", "100.00");
        String name = jdbc.sql("SELECT name FROM funding_window WHERE id = :id").param("id", soon).query(String.class)
            .single();
        jdbc.sql("UPDATE funding_window SET deadline = :d WHERE id = :id").param("d", LocalDate.now().plusDays(90))
            .param("id", soon).update();
        long late = FundingFixtures.aWindow(jdbc, "KR", "USD", "100.00");
        jdbc.sql("UPDATE funding_window SET deadline = :d WHERE id = :id").param("d", LocalDate.now().plusDays(91))
            .param("id", late).update();
        List<MobilizationViews.Deadline> due = views.deadlines(Visibility.everything(), LocalDate.now());
        assertThat(due).extracting(MobilizationViews.Deadline::what).contains(name);
        assertThat(due).allSatisfy(d -> assertThat(d.date()).isBetween(LocalDate.now(), LocalDate.now().plusDays(90)));
        String officerPage = mvc.perform(get("/mobilization").with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(officerPage).contains(name);
    }

    @Test
    void coFinancingIsRecordedFromTheProjectPageAndBadInputIsShown() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "PY", "1000.00");
        mvc.perform(post("/funding/cofinancing").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("projectId", String.valueOf(project)).param("sourceName", "Chamber of industry")
                .param("sourceType", "PRIVATE_SECTOR").param("kind", "CASH").param("countryCode", "PY")
                .param("date", "2025-01-01").param("currency", "USD").param("amount", "250.50"))
            .andExpect(status().is3xxRedirection());
        RejectedForm rejected = (RejectedForm) mvc.perform(post("/funding/cofinancing").with(csrf())
                .with(user(users.loadUserByUsername(officer)))
                .param("projectId", String.valueOf(project)).param("sourceName", "Someone")
                .param("sourceType", "PRIVATE_SECTOR").param("kind", "CASH").param("countryCode", "CL")
                .param("date", "2025-01-01").param("currency", "USD").param("amount", "-1"))
            .andExpect(status().is3xxRedirection())
            .andReturn().getFlashMap().get(RejectedForm.ATTRIBUTE);
        assertThat(rejected.errors()).containsEntry("countryCode", "CL is not a recipient country of the project")
            .containsEntry("amount", "must be greater than zero: -1");
        assertThat(rejected.value("sourceName")).isEqualTo("Someone");
        mvc.perform(get("/api/mobilization/projects/" + project).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.funding.cofinancingUsd").value(250.50))
            .andExpect(jsonPath("$.cofinancing.length()").value(1));
        mvc.perform(post("/api/cofinancing").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"projectId\": %d, \"countryCode\": \"CL\", \"sourceType\": \"STATE\", \"sourceName\": \"x\","
                    .formatted(project) + " \"kind\": \"CASH\", \"date\": \"2025-01-01\", \"currency\": \"USD\", \"amount\": 0}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].message", hasItem("CL is not a recipient country of the project")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("sourceType")))
            .andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
    }

    @Test
    void refusesACoFinancingAmountTooLargeToStoreNamingTheAmount() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "PY", "1000.00");
        mvc.perform(post("/api/cofinancing").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"projectId\": %d, \"countryCode\": \"PY\", \"sourceType\": \"PRIVATE_SECTOR\","
                    .formatted(project) + " \"sourceName\": \"x\", \"kind\": \"CASH\", \"date\": \"2025-01-01\","
                    + " \"currency\": \"USD\", \"amount\": 1e20}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("amount"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a number of at most 16 digits before the decimal point"));
    }

    @Test
    void aFailedCoFinancingWithoutAProjectReturnsToMobilizationSaysWhyAndWritesNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM cofinancing").query(Long.class).single();
        var failed = mvc.perform(post("/funding/cofinancing").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("sourceName", "Someone").param("sourceType", "PRIVATE_SECTOR").param("kind", "CASH")
                .param("date", "2025-01-01").param("currency", "USD").param("amount", "10"))
            .andExpect(redirectedUrl("/mobilization"))
            .andReturn();
        org.regionaltc.system.RejectedForm rejected = failed.getFlashMap().values().stream()
            .filter(org.regionaltc.system.RejectedForm.class::isInstance).map(org.regionaltc.system.RejectedForm.class::cast)
            .findFirst().orElseThrow(() -> new AssertionError("no refused form in " + failed.getFlashMap()));
        assertThat(rejected.error("projectId")).as("the reason, under the project field").isNotBlank();
        assertThat(rejected.value("sourceName")).as("what was typed, kept").isEqualTo("Someone");
        assertThat(jdbc.sql("SELECT count(*) FROM cofinancing").query(Long.class).single()).isEqualTo(before);
    }

    /** The overview is kept between requests (FiguresCache); a ledger line recorded meanwhile shows on the next. */
    @Test
    void theKeptOverviewShowsALedgerLineRecordedSinceOnTheNextRequest() throws Exception {
        long project = FundingFixtures.aProject(jdbc, "BO", "1000.00");
        String before = overviewAsOfficer();
        assertThat(overviewAsOfficer()).isEqualTo(before);
        record("COMMITMENT", "GEF", project, "2000.00");
        assertThat(overviewAsOfficer()).isNotEqualTo(before)
            .contains("href=\"/mobilization/projects/" + project + "\"");
    }

    private String overviewAsOfficer() throws Exception {
        return mvc.perform(get("/mobilization").with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
            .replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
    }

    @Test
    void aProjectWhoseSecuredFundingExceedsItsBudgetIsFlaggedOnItsSheetTheOverviewAndTheApi() throws Exception {
        long over = FundingFixtures.aProject(jdbc, "BO", "1200000.00");
        record("COMMITMENT", "GEF", over, "1000000.00");
        record("RECEIPT", "IDF", over, "230000.00");
        long within = FundingFixtures.aProject(jdbc, "BO", "1200000.00");
        record("COMMITMENT", "GEF", within, "1200000.00");

        mvc.perform(get("/api/mobilization/projects/" + over).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.funding.securedUsd").value(1230000.00))
            .andExpect(jsonPath("$.funding.gapUsd").value(0.00))
            .andExpect(jsonPath("$.funding.overBudget").value(true))
            .andExpect(jsonPath("$.funding.overBudgetUsd").value(30000.00));
        mvc.perform(get("/api/mobilization/projects/" + within).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.funding.overBudget").value(false))
            .andExpect(jsonPath("$.funding.overBudgetUsd").doesNotExist());
        mvc.perform(get("/mobilization/projects/" + over).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString(
                "Secured funding exceeds the approved budget by USD 30,000.00")));
        mvc.perform(get("/mobilization/projects/" + within).with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(not(containsString("id=\"over-budget\""))));
        mvc.perform(get("/mobilization").with(user(users.loadUserByUsername(officer))))
            .andExpect(content().string(containsString("Projects whose secured funding exceeds their budget")))
            .andExpect(content().string(containsString("href=\"/mobilization/projects/" + over + "\"")))
            .andExpect(content().string(not(containsString("href=\"/mobilization/projects/" + within + "\""))));
        mvc.perform(get("/api/mobilization/over-budget").with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$[*].project.id").value(hasItem((int) over)))
            .andExpect(jsonPath("$[*].project.id").value(not(hasItem((int) within))))
            .andExpect(jsonPath("$[?(@.project.id == " + over + ")].funding.overBudgetUsd").value(hasItem(30000.0)));
        String peru = AccountFixtures.aFocalPointOf(administration, "PE");
        mvc.perform(get("/api/mobilization/over-budget").with(httpBasic(peru, PASSWORD)))
            .andExpect(jsonPath("$[*].project.id").value(not(hasItem((int) over))));
    }
}

package org.regionaltc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The dashboard's figures against sums computed here, independently, from the tables: over the demo programme
 * plus a constructed set in Saint Kitts and Nevis (KN) and Saint Lucia (LC) with published and unpublished
 * projects, ledger entries of two bodies, co-financing and proposals.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTests {

    private static final String COUNTRY = "KN";

    @Autowired
    MockMvc mvc;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    long published;
    long unpublished;
    long elsewhere;
    String officer;
    String focalPoint;
    String donor;

    @BeforeAll
    void constructs() {
        published = FundingFixtures.aProject(jdbc, COUNTRY, "100000");
        unpublished = FundingFixtures.aProject(jdbc, COUNTRY, "50000");
        elsewhere = FundingFixtures.aProject(jdbc, "LC", "70000");
        jdbc.sql("UPDATE tc_project SET published = TRUE WHERE id = :id").param("id", published).update();
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "GEF", published, null, "40000");
        FundingFixtures.anEntry(jdbc, "RECEIPT", "GEF", published, null, "30000");
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "EU", unpublished, null, "20000");
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "MLF", elsewhere, null, "15000");
        jdbc.sql("""
                INSERT INTO cofinancing (project_id, country_code, source_type, source_name, kind, entry_date, currency,
                    amount, usd_rate, amount_usd, created_at)
                VALUES (:p, 'KN', 'GOVERNMENT', 'Ministry', 'CASH', :d, 'USD', 5000, 1, 5000, :now)
                """).param("p", published).param("d", LocalDate.now())
            .param("now", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)).update();
        FundingFixtures.aProposal(jdbc, unpublished, "GEF");
        FundingFixtures.aProposal(jdbc, elsewhere, "MLF");
        officer = AccountFixtures.anOfficer(administration);
        focalPoint = AccountFixtures.aFocalPointOf(administration, COUNTRY);
        donor = FundingFixtures.aDonorOf(administration, "GEF");
    }

    @Test
    void theSecretariatsFiguresEqualSumsComputedFromTheTables() throws Exception {
        String json = dashboard(officer);
        assertThat(JsonPath.<Integer>read(json, "$.portfolio.projects"))
            .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM tc_project").query(Integer.class).single());
        assertThat(number(json, "$.portfolio.budgetUsd")).isCloseTo(budgetUsd(""), within());
        Map<String, Integer> byStatus = new TreeMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM tc_project GROUP BY status")
            .query((rs, n) -> byStatus.put(rs.getString(1), rs.getInt(2))).list();
        assertThat(shares(json, "$.portfolio.byStatus.rows", "projects")).isEqualTo(byStatus);
        Map<String, BigDecimal> sources = securedByBody("");
        sources.put("COFINANCING", jdbc.sql("SELECT COALESCE(SUM(amount_usd), 0) FROM cofinancing")
            .query(BigDecimal.class).single());
        sources.values().removeIf(v -> v.signum() == 0);
        assertThat(amounts(json, "$.funding.bySource")).isEqualTo(rounded(sources));
        assertThat(countryProjects(json, COUNTRY)).isEqualTo(jdbc.sql(
            "SELECT COUNT(DISTINCT project_id) FROM project_country WHERE country_code = :c")
            .param("c", COUNTRY).query(Integer.class).single());
        assertThat(JsonPath.<Object>read(json, "$.pipeline.totalUsd")).isNotNull();
        assertThat(JsonPath.<Integer>read(json, "$.alignment.scoredProjects")).isEqualTo(
            JsonPath.<List<Integer>>read(json, "$.alignment.distribution[*].projects").stream().mapToInt(i -> i).sum());
    }

    @Test
    void aFocalPointSeesTheProjectsOfItsCountriesAndNothingElse() throws Exception {
        String json = dashboard(focalPoint);
        String inCountry = "FROM tc_project p WHERE EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = p.id"
            + " AND pc.country_code = 'KN')";
        assertThat(JsonPath.<Integer>read(json, "$.portfolio.projects"))
            .isEqualTo(jdbc.sql("SELECT COUNT(*) " + inCountry).query(Integer.class).single());
        assertThat(number(json, "$.portfolio.budgetUsd")).isCloseTo(budgetUsd(" AND p.id IN (SELECT p.id " + inCountry + ")"), within());
        Set<String> countries = new TreeSet<>(jdbc.sql("""
                SELECT DISTINCT pc.country_code FROM project_country pc WHERE pc.project_id IN (
                    SELECT project_id FROM project_country WHERE country_code = 'KN')""").query(String.class).list());
        assertThat(new TreeSet<>(JsonPath.<List<String>>read(json, "$.portfolio.byCountry.rows[*].key"))).isEqualTo(countries);
        assertThat(countries).contains(COUNTRY);
        // Other test classes may add projects in KN and LC together: what must exist is a project the focal point
        // may not see, which the counts above then leave out.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tc_project p WHERE NOT EXISTS (SELECT 1 FROM project_country pc"
            + " WHERE pc.project_id = p.id AND pc.country_code = 'KN')").query(Integer.class).single()).isPositive();
        int openProposals = jdbc.sql("""
                SELECT COUNT(*) FROM proposal x WHERE x.stage NOT IN ('REJECTED', 'WITHDRAWN') AND EXISTS (
                    SELECT 1 FROM project_country pc WHERE pc.project_id = x.project_id AND pc.country_code = 'KN')""")
            .query(Integer.class).single();
        assertThat(JsonPath.<List<Integer>>read(json, "$.pipeline.byStage[*].proposals").stream().mapToInt(i -> i).sum())
            .isEqualTo(openProposals);
        assertThat(amounts(json, "$.funding.bySource")).doesNotContainKey("MLF");
    }

    @Test
    void thePublicSeesPublishedProjectsAndNoPipelineGapOrRatio() throws Exception {
        String json = mvc.perform(get("/api/dashboard")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.portfolio.projects"))
            .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM tc_project WHERE published").query(Integer.class).single());
        assertThat(number(json, "$.portfolio.budgetUsd")).isCloseTo(budgetUsd(" AND p.published"), within());
        assertThat(JsonPath.<Object>read(json, "$.pipeline")).isNull();
        assertThat(JsonPath.<Object>read(json, "$.funding.gap")).isNull();
        assertThat(JsonPath.<Object>read(json, "$.cofinancingRatio")).isNull();
        Map<String, BigDecimal> expected = securedByBody(" AND p.published");
        expected.values().removeIf(v -> v.signum() == 0);
        Map<String, BigDecimal> shown = amounts(json, "$.funding.bySource");
        shown.remove("COFINANCING");
        assertThat(shown).isEqualTo(rounded(expected));
        assertThat(countryProjects(json, "LC")).isEqualTo(jdbc.sql("""
                SELECT COUNT(*) FROM tc_project p WHERE p.published AND EXISTS (SELECT 1 FROM project_country pc
                WHERE pc.project_id = p.id AND pc.country_code = 'LC')""").query(Integer.class).single());
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"dashboard\"").contains("data-charts=").doesNotContain("figure-pipeline");
    }

    @Test
    void aDonorSeesOnlyItsBodysMoneyAndTheProjectsItFunds() throws Exception {
        String json = dashboard(donor);
        assertThat(amounts(json, "$.funding.bySource").keySet()).containsOnly("GEF");
        assertThat(JsonPath.<Integer>read(json, "$.portfolio.projects")).isEqualTo(jdbc.sql("""
                SELECT COUNT(*) FROM tc_project p WHERE p.published AND EXISTS (SELECT 1 FROM ledger_entry e
                WHERE e.project_id = p.id AND e.body_code = 'GEF')""").query(Integer.class).single());
        assertThat(number(json, "$.funding.secured")).isEqualByComparingTo(
            rounded(securedByBody(" AND p.published")).get("GEF"));
        int proposals = jdbc.sql("SELECT COUNT(*) FROM proposal WHERE body_code = 'GEF' AND stage NOT IN ('REJECTED', 'WITHDRAWN')")
            .query(Integer.class).single();
        assertThat(JsonPath.<List<Integer>>read(json, "$.pipeline.byStage[*].proposals").stream().mapToInt(i -> i).sum())
            .isEqualTo(proposals);
        assertThat(JsonPath.<Object>read(json, "$.funding.gap")).isNull();
    }

    @Test
    void eachChartsCsvHoldsExactlyItsFigures() throws Exception {
        String json = dashboard(officer);
        String csv = as(get("/dashboard/status.csv"), officer).getResponse().getContentAsString();
        Map<String, Integer> fromCsv = new TreeMap<>();
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("key,label,Projects,\"Budget, USD\"");
        lines.stream().skip(1).map(l -> l.split(",")).forEach(f -> fromCsv.put(f[0], Integer.parseInt(f[2])));
        assertThat(fromCsv).isEqualTo(shares(json, "$.portfolio.byStatus.rows", "projects"));
        String page = as(get("/"), officer).getResponse().getContentAsString();
        assertThat(page).contains("data-table=\"status\"").contains("/dashboard/status.csv").contains("figure-pipeline");
    }

    @Test
    void aCountryPageShowsThePublicItsPublishedProjectsAndNoPipelineOrNames() throws Exception {
        String page = mvc.perform(get("/countries/KN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(FundingFixtures.identifierOf(jdbc, published))
            .doesNotContain(FundingFixtures.identifierOf(jdbc, unpublished))
            .doesNotContain("id=\"focal-points\"").doesNotContain("country-pipeline");
        String otherFocalPoint = AccountFixtures.aFocalPointOf(administration, "BO");
        assertThat(as(get("/countries/KN"), otherFocalPoint).getResponse().getContentAsString())
            .doesNotContain(FundingFixtures.identifierOf(jdbc, unpublished));
        assertThat(mvc.perform(get("/countries/ZZ")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aCountryPageShowsItsFocalPointEveryProjectItsFundingBySourceAndPipeline() throws Exception {
        String page = as(get("/countries/KN?lang=en"), focalPoint).getResponse().getContentAsString();
        assertThat(page).contains(FundingFixtures.identifierOf(jdbc, published))
            .contains(FundingFixtures.identifierOf(jdbc, unpublished))
            .doesNotContain(FundingFixtures.identifierOf(jdbc, elsewhere))
            .contains("id=\"focal-points\"").contains("Test FOCAL_POINT")
            .contains("id=\"country-pipeline\"");
        Map<String, BigDecimal> bySource = securedByBody(
            " AND EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = p.id AND pc.country_code = 'KN')");
        bySource.values().removeIf(v -> v.signum() == 0);
        assertThat(bySource).containsKeys("GEF", "EU");
        bySource.forEach((body, usd) -> assertThat(cellOf(page, "data-source=\"" + body + "\""))
            .as(body).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", usd.setScale(0, RoundingMode.HALF_UP).longValueExact())));
    }

    @Test
    void aCountryPageListsItsPrioritiesOfTheCurrentCycle() throws Exception {
        var cycle = jdbc.sql("SELECT id FROM review_cycle ORDER BY period_start DESC, id DESC FETCH FIRST 1 ROWS ONLY")
            .query(Long.class).optional();
        if (cycle.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT country_code, title FROM priority WHERE cycle_id = :c AND level = 'NATIONAL' AND country_code IS NOT NULL
                ORDER BY country_code""").param("c", cycle.get()).query().listOfRows();
        assertThat(rows).isNotEmpty();
        String country = ((String) rows.getFirst().get("country_code")).strip();
        String page = as(get("/countries/" + country), officer).getResponse().getContentAsString();
        String now = page.substring(page.indexOf("id=\"priorities-now\""));
        now = now.substring(0, now.indexOf("</table>"));
        for (Map<String, Object> r : rows) {
            if (country.equals(((String) r.get("country_code")).strip())) {
                assertThat(now).contains(org.springframework.web.util.HtmlUtils.htmlEscape((String) r.get("title")));
            }
        }
    }

    /**
     * The dashboard is kept between requests (FiguresCache: PostgreSQL's generation counter, H2's change numbers);
     * a write anywhere it reads, here a ledger entry and a new project, shows on the very next request.
     */
    @Test
    void aChangeShowsOnTheNextDashboardThoughTheFiguresAreKept() throws Exception {
        String before = dashboard(officer);
        assertThat(dashboard(officer)).isEqualTo(before);
        BigDecimal mlf = amounts(before, "$.funding.bySource").getOrDefault("MLF", BigDecimal.ZERO);
        int projects = JsonPath.<Integer>read(before, "$.portfolio.projects");

        FundingFixtures.anEntry(jdbc, "COMMITMENT", "MLF", elsewhere, null, "1000");
        String afterEntry = dashboard(officer);
        assertThat(amounts(afterEntry, "$.funding.bySource").get("MLF")).isEqualByComparingTo(mlf.add(new BigDecimal("1000")));

        FundingFixtures.aProject(jdbc, "LC", "2500");
        String afterProject = dashboard(officer);
        assertThat(JsonPath.<Integer>read(afterProject, "$.portfolio.projects")).isEqualTo(projects + 1)
            .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM tc_project").query(Integer.class).single());
    }

    /** The home page says whose figures its dashboard shows by name, in the reader's language, not by code. */
    @Test
    void theDashboardNamesItsScope() throws Exception {
        assertThat(as(get("/?lang=es"), focalPoint).getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("Cifras de los proyectos de sus países (Saint Kitts y Nevis).");
        assertThat(as(get("/?lang=en"), donor).getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("your financing body (Global Environment Facility) funds");
    }

    /**
     * A dashboard asked for while another connection holds an uncommitted entry cannot show it; once that commits,
     * the next request does (on H2 the one computed meanwhile is not kept: the commit might not move the numbers).
     */
    @Test
    void aChangeCommittedAfterTheDashboardWasComputedShowsOnTheNextRequest() throws Exception {
        BigDecimal mlf = amounts(dashboard(officer), "$.funding.bySource").getOrDefault("MLF", BigDecimal.ZERO);
        try (java.sql.Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (var insert = writer.prepareStatement("""
                    INSERT INTO ledger_entry (entry_type, body_code, project_id, entry_date, currency, amount, usd_rate,
                        amount_usd, created_at)
                    VALUES ('COMMITMENT', 'MLF', ?, CURRENT_DATE, 'USD', 700, 1, 700, CURRENT_TIMESTAMP)""")) {
                insert.setLong(1, elsewhere);
                insert.executeUpdate();
            }
            String during = dashboard(officer);
            assertThat(amounts(during, "$.funding.bySource").getOrDefault("MLF", BigDecimal.ZERO))
                .isEqualByComparingTo(mlf);
            assertThat(dashboard(officer)).isEqualTo(during);
            writer.commit();
        }
        assertThat(amounts(dashboard(officer), "$.funding.bySource").get("MLF"))
            .isEqualByComparingTo(mlf.add(new BigDecimal("700")));
    }

    /** The text of the number cell in the table row marked with the given attribute. */
    private static String cellOf(String page, String attribute) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(attribute)
            + ">\\s*<td>[^<]*</td>\\s*<td class=\"number\">([^<]*)</td>").matcher(page);
        assertThat(m.find()).as(attribute).isTrue();
        return m.group(1);
    }

    private String dashboard(String username) throws Exception {
        return as(get("/api/dashboard"), username).getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.MvcResult as(MockHttpServletRequestBuilder request, String username)
            throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn();
    }

    /** The projects' budgets in USD at the latest rate on or before today, computed here from the tables. */
    private BigDecimal budgetUsd(String and) {
        Map<String, BigDecimal> rates = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> row : jdbc.sql("SELECT p.currency, p.total_budget FROM tc_project p WHERE 1 = 1" + and)
                .query().listOfRows()) {
            String currency = ((String) row.get("currency")).strip();
            BigDecimal rate = currency.equals("USD") ? BigDecimal.ONE : rates.computeIfAbsent(currency, c -> jdbc.sql("""
                    SELECT usd_per_unit FROM exchange_rate WHERE currency = :c AND rate_date <= :d
                    ORDER BY rate_date DESC FETCH FIRST 1 ROWS ONLY""").param("c", c).param("d", LocalDate.now())
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO));
            total = total.add(((BigDecimal) row.get("total_budget")).multiply(rate));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    /** Per body, over projects: the larger of its commitments and its receipts to each project. */
    private Map<String, BigDecimal> securedByBody(String and) {
        Map<String, BigDecimal> result = new TreeMap<>();
        jdbc.sql("""
                SELECT e.body_code, e.project_id,
                       SUM(CASE WHEN e.entry_type = 'COMMITMENT' THEN e.amount_usd ELSE 0 END),
                       SUM(CASE WHEN e.entry_type = 'RECEIPT' THEN e.amount_usd ELSE 0 END)
                FROM ledger_entry e JOIN tc_project p ON p.id = e.project_id WHERE 1 = 1""" + and + " GROUP BY e.body_code, e.project_id")
            .query((rs, n) -> result.merge(rs.getString(1), rs.getBigDecimal(3).max(rs.getBigDecimal(4)), BigDecimal::add))
            .list();
        return result;
    }

    private static Map<String, BigDecimal> rounded(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> result = new TreeMap<>();
        amounts.forEach((k, v) -> result.put(k, v.setScale(2, RoundingMode.HALF_UP)));
        return result;
    }

    private static Map<String, BigDecimal> amounts(String json, String path) {
        Map<String, BigDecimal> result = new TreeMap<>();
        List<Map<String, Object>> rows = JsonPath.read(json, path);
        rows.forEach(r -> result.put((String) r.get("key"), new BigDecimal(r.get("securedUsd").toString()).setScale(2, RoundingMode.HALF_UP)));
        return result;
    }

    private static Map<String, Integer> shares(String json, String path, String field) {
        Map<String, Integer> result = new TreeMap<>();
        List<Map<String, Object>> rows = JsonPath.read(json, path);
        rows.forEach(r -> result.put((String) r.get("key"), (Integer) r.get(field)));
        return result;
    }

    private static int countryProjects(String json, String code) {
        List<Integer> found = JsonPath.read(json, "$.portfolio.byCountry.rows[?(@.key == '" + code + "')].projects");
        return found.isEmpty() ? 0 : found.getFirst();
    }

    private static BigDecimal number(String json, String path) {
        return new BigDecimal(JsonPath.<Object>read(json, path).toString());
    }

    private static org.assertj.core.data.Offset<BigDecimal> within() {
        return org.assertj.core.data.Offset.offset(new BigDecimal("1.00"));
    }
}

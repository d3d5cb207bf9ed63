package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.alignment.CycleFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The main pages name countries, groupings, themes, sectors, financing bodies, enum values and projects in the page's
 * language, and write numbers in its locale: no SUB_REGIONAL, no bare project identifier, no 40.0000.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NamesOnPagesTests {

    /** An enum constant as code writes it: capitals joined by an underscore. */
    private static final Pattern RAW_ENUM = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b"
        // and the one-word constants these pages would show if they printed the value itself
        + "|\\b(?:APPROVED|IDENTIFICATION|FORMULATION|APPRAISAL|IMPLEMENTATION|PLEDGE|COMMITMENT|DISBURSEMENT|RECEIPT"
        + "|STRONG|PARTIAL|NATIONAL|REGIONAL|SUBMITTED|DRAFT|CONSOLIDATION|ENDORSED|CLOSED|IDENTIFIED|CASH)\\b");
    /** A number with four decimals, as NUMERIC(20, 4) columns come back from the database. */
    private static final Pattern FOUR_DECIMALS = Pattern.compile("\\d[.,]\\d{4}(?!\\d)");

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
    private long cycle;
    private String titleEn;
    private String titleEs;
    private String tag;

    @BeforeEach
    void aSubRegionalProjectWithMoneyResultsAndPriorities() {
        officer = AccountFixtures.anOfficer(administration);
        tag = UUID.randomUUID().toString().substring(0, 6);
        titleEn = "Solar dryers for Andean cooperatives " + tag;
        titleEs = "Secadores solares para cooperativas andinas " + tag;
        project = FundingFixtures.aProject(jdbc, "SUB_REGIONAL", "USD", "1200000", Map.of("PE", "60", "BO", "40"));
        jdbc.sql("UPDATE tc_project SET title_en = :en, title_es = :es WHERE id = :id")
            .param("en", titleEn).param("es", titleEs).param("id", project).update();
        FundingFixtures.withTheme(jdbc, project, "A1");
        jdbc.sql("INSERT INTO project_sector (project_id, sector_code, percentage) VALUES (:id, '32161', 100)")
            .param("id", project).update();
        long outcome = insert("INSERT INTO project_outcome (project_id, title) VALUES (:p, 'More value added')",
            Map.of("p", project));
        long indicator = insert("""
                INSERT INTO outcome_indicator (outcome_id, name, unit, baseline) VALUES (:o, 'Cooperatives', 'units', 40)
                """, Map.of("o", outcome));
        jdbc.sql("INSERT INTO indicator_value (indicator_id, value_year, kind, amount) VALUES (:i, 2027, 'TARGET', 55.5)")
            .param("i", indicator).update();
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "GEF", project, null, "1200000");
        long proposal = FundingFixtures.aProposal(jdbc, project, "GEF");
        jdbc.sql("UPDATE proposal SET stage = 'APPROVED_PLEDGED' WHERE id = :id").param("id", proposal).update();
        cycle = CycleFixtures.aCurrentCycle(jdbc);
        long regional = CycleFixtures.aPriority(jdbc, cycle, "SUB_REGIONAL", null, "CAN", "A1", "0.8");
        CycleFixtures.aPriority(jdbc, cycle, "NATIONAL", "PE", null, "A1", "0.6");
        retitlePriorities(cycle);
        jdbc.sql("INSERT INTO project_priority (project_id, priority_id, strength) VALUES (:p, :q, 'STRONG')")
            .param("p", project).param("q", regional).update();
        long meeting = insert("""
                INSERT INTO meeting (title, kind, held_on) VALUES ('Andean consultation', 'CONSULTATION', :d)
                """, Map.of("d", LocalDate.now()));
        for (String country : List.of("PE", "BO")) {
            jdbc.sql("INSERT INTO meeting_country (meeting_id, country_code) VALUES (:m, :c)")
                .param("m", meeting).param("c", country).update();
        }
    }

    @Test
    void pagesInSpanishShowNamesAndSpanishNumbers() throws Exception {
        String cyclePage = page("/cycles/" + cycle, "es");
        assertThat(cyclePage).contains("Subregional", "Comunidad Andina", "Perú", "0,80", "A1 — ");

        String projects = page("/projects?q=" + tag, "es");
        assertThat(projects).contains(titleEs, "Bolivia", ", Perú", "USD 1.200.000,00", "Aprobado");

        String show = page("/projects/" + project, "es");
        assertThat(show).contains(titleEs, "Subregional", "Perú", "Bolivia", "60%", "32161 — Agro-industries", "40",
            "55,5", "Comunidad Andina");

        String pipeline = page("/pipeline", "es");
        assertThat(pipeline).contains(titleEs, "Fondo para el Medio Ambiente Mundial", "Aprobada / prometida");

        String ledger = page("/funding/ledger?project=" + project, "es");
        assertThat(ledger).contains(titleEs, "Fondo para el Medio Ambiente Mundial", "USD 1.200.000,00");

        String portfolio = page("/mobilization/portfolios/GEF", "es");
        assertThat(portfolio).contains(titleEs, "Fondo para el Medio Ambiente Mundial", "Perú");

        assertThat(page("/mobilization/projects/" + project, "es")).contains(titleEs, "USD 1.200.000,00");
        assertThat(page("/mobilization", "es")).contains("Perú");
        assertThat(page("/coverage", "es")).contains("Comunidad Andina", "Perú");
        assertThat(page("/financing-bodies", "es")).contains("Fondo para el Medio Ambiente Mundial", "Unión Europea");
        assertThat(page("/meetings", "es")).contains("Perú", "Bolivia");

        page("/cycles", "es");
        page("/cycles/" + cycle + "/countries/PE", "es");
        page("/financing/bodies/GEF", "es");
        page("/funding/windows", "es");
        page("/results", "es");
    }

    @Test
    void pagesInEnglishShowEnglishNamesAndNumbers() throws Exception {
        assertThat(page("/cycles/" + cycle, "en")).contains("Sub-regional", "Andean Community", "Peru", "0.80");
        assertThat(page("/projects?q=" + tag, "en")).contains(titleEn, "Bolivia", ", Peru", "USD 1,200,000.00");
        assertThat(page("/projects/" + project, "en")).contains(titleEn, "Sub-regional", "Peru", "55.5");
        assertThat(page("/pipeline", "en")).contains(titleEn, "Global Environment Facility", "Approved / pledged");
        assertThat(page("/funding/ledger?project=" + project, "en")).contains(titleEn, "Global Environment Facility", "USD 1,200,000.00");
        assertThat(page("/mobilization/portfolios/GEF", "en")).contains(titleEn);
        assertThat(page("/meetings", "en")).contains("Peru", "Bolivia");
    }

    @Test
    void theConsolidationPageNamesCountriesAndThemes() throws Exception {
        long open = CycleFixtures.aCurrentCycle(jdbc);
        jdbc.sql("UPDATE review_cycle SET status = 'CONSOLIDATION' WHERE id = :id").param("id", open).update();
        try {
            CycleFixtures.aPriority(jdbc, open, "NATIONAL", "PE", null, "A1", null);
            retitlePriorities(open);
            assertThat(page("/cycles/" + open + "/consolidation", "es")).contains("Perú", "A1 — ", "Comunidad Andina");
        } finally {
            jdbc.sql("UPDATE review_cycle SET status = 'ENDORSED' WHERE id = :id").param("id", open).update();
        }
    }

    /** The page's visible text, checked for raw enum constants and four-decimal numbers. */
    private String page(String path, String lang) throws Exception {
        String html = mvc.perform(get(path).param("lang", lang).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // Exchange rates are the one figure that needs its four and more decimals (0.0064 USD per yen).
        String text = html.replaceAll("(?s)<script.*?</script>", " ")
            .replaceAll("(?s)<td class=\"num rate\"[^>]*>.*?</td>", " ")
            .replaceAll("(?s)<[^>]*>", " ")
            .replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"");
        assertThat(RAW_ENUM.matcher(text).results().map(java.util.regex.MatchResult::group).toList())
            .as("enum constants shown on %s (%s)", path, lang).isEmpty();
        assertThat(FOUR_DECIMALS.matcher(text).results().map(java.util.regex.MatchResult::group).toList())
            .as("numbers with four decimals on %s (%s)", path, lang).isEmpty();
        return text;
    }

    /** The fixtures title a priority by its level's constant; these pages must not show one. */
    private void retitlePriorities(long cycleId) {
        jdbc.sql("UPDATE priority SET title = 'Agro-industry in the Andes' WHERE cycle_id = :c").param("c", cycleId)
            .update();
    }

    private long insert(String sql, Map<String, ?> params) {
        KeyHolder key = new GeneratedKeyHolder();
        var spec = jdbc.sql(sql);
        for (Map.Entry<String, ?> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        spec.update(key, "id");
        return key.getKeyAs(Long.class);
    }
}

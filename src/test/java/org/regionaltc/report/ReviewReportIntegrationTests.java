package org.regionaltc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.regionaltc.offer.OfferFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The review report's PDF read back with PDFBox in the four languages, and who may read which report. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportIntegrationTests {

    private static final Map<String, String> TITLES = Map.of("en", "Periodic review report",
        "es", "Informe de la revisión periódica", "fr", "Rapport d'examen périodique", "pt", "Relatório da revisão periódica");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;

    long cycle;
    String officer;

    @BeforeAll
    void constructs() {
        // The latest cycle with national priorities: other test classes sharing the context open empty cycles.
        cycle = jdbc.sql("""
                SELECT c.id FROM review_cycle c WHERE EXISTS (SELECT 1 FROM priority p WHERE p.cycle_id = c.id
                    AND p.level = 'NATIONAL' AND p.country_code IS NOT NULL)
                ORDER BY c.period_start DESC, c.id DESC FETCH FIRST 1 ROWS ONLY""")
            .query(Long.class).single();
        long project = FundingFixtures.aProject(jdbc, "GD", "250000");
        FundingFixtures.anEntry(jdbc, "COMMITMENT", "JP", project, null, "4321.00");
        officer = AccountFixtures.anOfficer(administration);
    }

    @Test
    void thePdfHoldsTheFiguresPageNumbersAndContentsInEachLanguage() throws Exception {
        String json = as("/api/dashboard", officer).getResponse().getContentAsString();
        int projects = JsonPath.read(json, "$.portfolio.projects");
        assertThat(projects).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM tc_project").query(Integer.class).single());
        BigDecimal japan = new BigDecimal(JsonPath.<List<Object>>read(json, "$.funding.bySource[?(@.key == 'JP')].securedUsd")
            .getFirst().toString());
        int priorities = jdbc.sql("SELECT COUNT(*) FROM priority WHERE cycle_id = :c").param("c", cycle)
            .query(Integer.class).single();
        for (String lang : List.of("en", "es", "fr", "pt")) {
            MvcResult result = as("/cycles/" + cycle + "/report.pdf?lang=" + lang, officer);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
            try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(pdf);
                keepForALook(pdf, lang);
                int pages = pdf.getNumberOfPages();
                assertThat(pages).isGreaterThan(2);
                assertThat(text).as(lang).contains(TITLES.get(lang)).contains("1 / " + pages).contains(pages + " / " + pages);
                assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(5);
                assertThat(text).as(lang).doesNotContainPattern("\\d\\?\\d");
                assertThat(text).as(lang).contains(String.valueOf(projects)).contains(String.valueOf(priorities));
                assertThat(text.replaceAll("[.,\s\u00a0\u202f]", "")).as(lang).contains(japan.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
            }
        }
    }

    @Test
    void theReportPageShowsTheSameFiguresAndLinksThePdfInFourLanguages() throws Exception {
        String page = as("/cycles/" + cycle + "/report?lang=es", officer).getResponse().getContentAsString();
        int projects = jdbc.sql("SELECT COUNT(*) FROM tc_project").query(Integer.class).single();
        assertThat(page).contains("Informe de la revisión periódica").contains(projects + " proyectos")
            .contains("report.pdf?lang=fr").contains("data-chart=\"alignment\"");
    }

    @Test
    void aFocalPointsReportHoldsItsCountriesPrioritiesAndADonorHasNone() throws Exception {
        String country = jdbc.sql("""
                SELECT country_code FROM priority WHERE cycle_id = :c AND level = 'NATIONAL' AND country_code IS NOT NULL
                ORDER BY country_code FETCH FIRST 1 ROWS ONLY""").param("c", cycle).query(String.class).single().strip();
        String focalPoint = AccountFixtures.aFocalPointOf(administration, country);
        MvcResult result = as("/cycles/" + cycle + "/report.pdf?lang=en", focalPoint);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        int own = jdbc.sql("SELECT COUNT(*) FROM priority WHERE cycle_id = :c AND country_code = :k")
            .param("c", cycle).param("k", country).query(Integer.class).single();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(own + " priorities in this cycle.");
        }
        String donor = FundingFixtures.aDonorOf(administration, "GEF");
        assertThat(as("/cycles/" + cycle + "/report.pdf", donor).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/cycles/" + cycle + "/report")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }

    @Test
    void thePdfAndPageHoldTheCyclesNationalResourcesOfferedConfirmedAndUnallocated() throws Exception {
        long own = OfferFixtures.aCycle(jdbc, "OPEN");
        long priority = OfferFixtures.aPriority(jdbc, own, "CO", "A1", "SUBMITTED");
        long offer = OfferFixtures.anOffer(jdbc, priority, "CO", "USD", "123457.00");
        OfferFixtures.anOffer(jdbc, priority, "CO", "USD", "20000.00");
        long project = FundingFixtures.aProject(jdbc, "CO", "900000");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO cofinancing (project_id, country_code, source_type, source_name, kind, entry_date, currency,
                    amount, usd_rate, amount_usd, created_at)
                VALUES (:p, 'CO', 'GOVERNMENT', 'Ministry', 'CASH', CURRENT_DATE, 'USD', 3210, 1, 3210, CURRENT_TIMESTAMP)
                """).param("p", project).update(key, "id");
        jdbc.sql("""
                INSERT INTO national_offer_confirmation (offer_id, cofinancing_id, project_id, amount, confirmed_on,
                    confirmed_by) VALUES (:o, :c, :p, 3210, CURRENT_DATE, 'test')
                """).param("o", offer).param("c", key.getKeyAs(Number.class).longValue()).param("p", project).update();
        // The expected figures, summed here from the tables rather than through the offer feature.
        BigDecimal offered = jdbc.sql("SELECT SUM(amount) FROM national_offer WHERE cycle_id = :c").param("c", own)
            .query(BigDecimal.class).single();
        BigDecimal confirmed = jdbc.sql("""
                SELECT SUM(x.amount) FROM national_offer_confirmation x JOIN national_offer o ON o.id = x.offer_id
                WHERE o.cycle_id = :c""").param("c", own).query(BigDecimal.class).single();
        String[] expected = {plain(offered), plain(confirmed), plain(offered.subtract(confirmed))};
        assertThat(expected).containsExactly("143457", "3210", "140247");

        Map<String, String> headings = Map.of("en", "National resources offered", "es", "Recursos nacionales ofrecidos",
            "fr", "Ressources nationales offertes", "pt", "Recursos nacionais oferecidos");
        Map<String, String> colombia = Map.of("en", "Colombia", "es", "Colombia", "fr", "Colombie", "pt", "Colômbia");
        for (String lang : List.of("en", "es", "fr", "pt")) {
            MvcResult result = as("/cycles/" + own + "/report.pdf?lang=" + lang, officer);
            try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).as(lang).contains(headings.get(lang));
                assertThat(text).as(lang).contains(colombia.get(lang));
                String digits = text.replaceAll("[.,\\s\u00a0\u202f]", "");
                assertThat(digits).as(lang).contains(expected);
                // The country's row: 2 offers, then offered, confirmed and unallocated in that order.
                assertThat(digits).as(lang).contains(colombiaRow(colombia.get(lang), expected));
            }
        }
        String page = as("/cycles/" + own + "/report?lang=en", officer).getResponse().getContentAsString();
        assertThat(page).contains("id=\"national-resources-by-country\"", "id=\"national-resources-by-theme\"",
            "2 national offers: 143,457 USD offered, 3,210 USD confirmed into co-financing, 140,247 USD still unallocated.");
    }

    private static String colombiaRow(String name, String[] figures) {
        return name.replace(" ", "") + "2" + String.join("", figures);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Pages as images in target/screenshots, for a person to look at the layout. */
    private static void keepForALook(PDDocument pdf, String lang) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
        for (int page = 0; page < Math.min(pdf.getNumberOfPages(), 6); page++) {
            javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                dir.resolve("report-" + lang + "-" + (page + 1) + ".png").toFile());
        }
    }

    private MvcResult as(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn();
    }
}

package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.funding.FundingFixtures;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.Projects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What people see after they submit a form: a value of the wrong type is a field error on the same form, in the
 * page's language, with what they typed; a save ends with a message naming what was saved; error pages keep the
 * layout, with the signed-in user and the language switcher.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormFeedbackIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    private final Supplier<String> admin = memoized(() -> AccountFixtures.anAccount(administration, "ADMIN"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | must be a number, such as 40 or 12.5 | must be a date (YYYY-MM-DD) | must be a whole number",
        "es | debe ser un número, como 40 o 12,5 | debe ser una fecha (AAAA-MM-DD) | debe ser un número entero",
        "fr | doit être un nombre, par exemple 40 ou 12,5 | doit être une date (AAAA-MM-JJ) | doit être un nombre entier",
        "pt | deve ser um número, como 40 ou 12,5 | deve ser uma data (AAAA-MM-DD) | deve ser um número inteiro"})
    void aValueOfTheWrongTypeIsAFieldErrorOnTheSameFormInThePagesLanguage(String lang, String notANumber,
            String notADate, String notAWholeNumber) throws Exception {
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
        long indicator = anIndicator(project);
        // The browser's session carries the refused form to the page it is sent back to.
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        CookieJar browser = new CookieJar();
        mvc.perform(asAdmin(post("/projects/{p}/indicators/{i}/values", project, indicator)).session(session)
                .with(browser).param("lang", lang).param("year", "2026").param("target", "forty"))
            .andExpect(status().is3xxRedirection()).andDo(browser);
        String projectPage = page(get("/projects/{id}", project).param("lang", lang).session(session).with(browser));
        assertThat(projectPage).contains(notANumber).contains("value=\"forty\"").contains("id=\"signed-in-name\"");
        assertThat(count(project)).as("nothing written").isZero();

        String ledger = page(asAdmin(post("/funding/ledger")).param("lang", lang).param("type", "COMMITMENT")
            .param("bodyCode", "GEF").param("date", "2026-02-30").param("currency", "USD").param("amount", "forty"));
        // The amount is an <input type="number">: a browser never sends "forty", and cannot show it either.
        assertThat(ledger).contains(notANumber).contains(notADate).contains("value=\"2026-02-30\"");

        String window = page(asAdmin(post("/funding/windows")).param("lang", lang).param("bodyCode", "GEF")
            .param("name", "Window " + lang).param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31")
            .param("currency", "USD").param("amount", "forty"));
        assertThat(window).contains(notANumber).contains("value=\"forty\"").contains("value=\"Window " + lang + "\"");

        String meeting = page(asAdmin(post("/meetings")).param("lang", lang).param("title", "Meeting " + lang)
            .param("kind", "MEETING").param("heldOn", "yesterday"));
        assertThat(meeting).contains(notADate).contains("value=\"yesterday\"");

        String profile = page(asAdmin(post("/countries/BO/profile")).param("lang", lang)
            .param("industrialPolicyYear", "twenty").param("version", "0"));
        assertThat(profile).contains(notAWholeNumber);

        String rate = page(asAdmin(post("/funding/rates")).param("lang", lang).param("currency", "EUR")
            .param("date", "2026-01-01").param("usdPerUnit", "one"));
        assertThat(rate).contains(notANumber).contains("value=\"one\"");

        for (String shown : List.of(projectPage, ledger, window, meeting, profile, rate)) {
            assertThat(shown).doesNotContain("Failed to convert").doesNotContain("java.").contains("lang=pt");
        }
    }

    @Test
    void aTypeErrorInJsonIsA400NamingTheProperty() throws Exception {
        mvc.perform(post("/api/exchange-rates").with(httpBasic(admin.get(), AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currency\": \"EUR\", \"date\": \"2026-01-01\", \"usdPerUnit\": \"forty\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("usdPerUnit"));
    }

    /** Each main write of the pages, and the message the page it lands on shows. */
    @TestFactory
    Stream<DynamicTest> everyWriteOfThePagesEndsWithAMessageSayingWhatWasSaved() {
        Map<String, Callable<Write>> writes = new java.util.LinkedHashMap<>();
        writes.put("project created", () -> {
            String identifier = ProjectFixtures.anIdentifier();
            return new Write(post("/projects").param("identifier", identifier).param("titleEn", "Confirmed project")
                .param("scope", "NATIONAL").param("currency", "USD").param("totalBudget", "1000")
                .param("countries", "BO 100").param("sectors", "32161 100").param("themes", "A1"),
                "Project " + identifier + " created.");
        });
        writes.put("project status", () -> {
            long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
            return new Write(post("/projects/{id}/status", id).param("status", "FORMULATION"),
                "Project " + projects.get(id).identifier() + " moved to Formulation.");
        });
        writes.put("project priorities", () -> {
            long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
            return new Write(post("/projects/{id}/priorities", id),
                "Priorities served by project " + projects.get(id).identifier() + " saved.");
        });
        writes.put("outcome", () -> {
            long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
            return new Write(post("/projects/{id}/outcomes", id).param("title", "More exports"),
                "Outcome “More exports” added.");
        });
        writes.put("indicator values", () -> {
            long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
            return new Write(post("/projects/{p}/indicators/{i}/values", id, anIndicator(id)).param("year", "2026")
                .param("target", "40"), "Values of 2026 for “Firms certified” saved.");
        });
        writes.put("meeting", () -> new Write(post("/meetings").param("title", "Consultation on agro-industry")
            .param("kind", "CONSULTATION").param("heldOn", "2026-03-02"),
            "Meeting “Consultation on agro-industry” created."));
        writes.put("decision", () -> new Write(post("/meetings/{id}/decisions", aMeeting()).param("text", "Agreed"),
            "Decision added to “Meeting for decisions”."));
        writes.put("action item", () -> new Write(post("/meetings/{id}/actions", aMeeting())
            .param("description", "Send the draft").param("owner", "Secretariat").param("dueDate", "2026-04-01"),
            "Action item added to “Meeting for decisions”."));
        writes.put("ledger entry", () -> new Write(post("/funding/ledger").param("type", "PLEDGE")
            .param("bodyCode", "GEF").param("date", "2026-01-15").param("currency", "USD").param("amount", "1234.50")
            .param("reference", "confirmation " + UUID.randomUUID()), "Ledger entry saved: Pledge USD 1234.50."));
        writes.put("ledger entry deleted", () -> new Write(post("/funding/ledger/{id}/delete",
            FundingFixtures.anEntry(jdbc, "PLEDGE", "GEF", null, null, "10")), "Ledger entry deleted."));
        writes.put("window", () -> new Write(post("/funding/windows").param("bodyCode", "GEF")
            .param("name", "Confirmed window").param("periodStart", "2026-01-01").param("periodEnd", "2026-12-31")
            .param("currency", "USD").param("amount", "5000"), "Funding window Confirmed window created."));
        writes.put("rate", () -> new Write(post("/funding/rates").param("currency", "EUR").param("date", "2026-05-04")
            .param("usdPerUnit", "1.0850"), "Rate of EUR on 2026-05-04 saved."));
        writes.put("co-financing", () -> new Write(post("/funding/cofinancing")
            .param("projectId", String.valueOf(FundingFixtures.aProject(jdbc, "PY", "1000.00")))
            .param("sourceName", "Chamber").param("sourceType", "PRIVATE_SECTOR").param("kind", "CASH")
            .param("countryCode", "PY").param("date", "2025-01-01").param("currency", "USD").param("amount", "250.50"),
            "Co-financing of USD 250.50 recorded."));
        writes.put("proposal", () -> new Write(post("/pipeline")
            .param("projectId", String.valueOf(FundingFixtures.aProject(jdbc, "PE", "1000.00")))
            .param("bodyCode", "GEF").param("currency", "USD").param("amountRequested", "500"),
            "Proposal "));
        writes.put("contact", () -> new Write(post("/financing/bodies/GEF/contacts").param("name", "Ana Contact"),
            "Contact Ana Contact added."));
        writes.put("rule deleted", () -> new Write(post("/financing/rules/{id}/delete",
            FundingFixtures.aRule(jdbc, "GEF")), "Eligibility rule of "));
        writes.put("cycle", () -> {
            String title = "Cycle " + UUID.randomUUID().toString().substring(0, 6);
            return new Write(post("/cycles").param("title", title).param("periodStart", "2030-01-01")
                .param("periodEnd", "2031-12-31").param("submissionDeadline", "2029-06-30"),
                "Review cycle " + title + " created.");
        });
        writes.put("country profile", () -> new Write(post("/countries/UY/profile")
            .param("industrialPolicyTitle", "Plan").param("version", String.valueOf(countryVersion("UY"))),
            "Profile of Uruguay saved."));
        writes.put("account", () -> {
            String username = "confirmed-" + UUID.randomUUID().toString().substring(0, 6);
            return new Write(post("/admin/users").param("username", username).param("displayName", "Confirmed User")
                .param("role", "OFFICER").param("password", "a-long-enough-password"),
                "Account " + username + " created.");
        });
        return writes.entrySet().stream().map(w -> DynamicTest.dynamicTest(w.getKey(), () -> {
            Write write = w.getValue().call();
            org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
            CookieJar browser = new CookieJar();
            MvcResult saved = mvc.perform(asAdmin(write.request()).session(session).with(browser))
                .andExpect(status().is3xxRedirection()).andDo(browser).andReturn();
            String target = String.valueOf(saved.getResponse().getRedirectedUrl()).replaceFirst("#.*", "");
            String shown = page(asAdmin(get(target)).session(session).with(browser));
            assertThat(shown).contains("id=\"confirmation\"").contains(write.message());
        }));
    }

    @Test
    void theConfirmationIsInThePagesLanguageAndShownOnce() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100);
        // One browser session throughout: the message travels from the save to the next page, and no further.
        org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
        CookieJar browser = new CookieJar();
        mvc.perform(asAdmin(post("/projects/{id}/status", id)).session(session).with(browser)
                .param("status", "FORMULATION").param("lang", "es"))
            .andExpect(status().is3xxRedirection()).andDo(browser);
        String identifier = projects.get(id).identifier();
        assertThat(page(asAdmin(get("/projects/{id}", id)).session(session).with(browser).param("lang", "es")))
            .contains("Proyecto " + identifier + " pasado a Formulación.");
        assertThat(page(asAdmin(get("/projects/{id}", id)).session(session).with(browser).param("lang", "es")))
            .doesNotContain("id=\"confirmation\"");
    }

    @Test
    void errorPagesKeepTheSignedInUserAndTheLanguageSwitcher() throws Exception {
        String notFound = mvc.perform(asAdmin(get("/no-such-page")).param("lang", "fr").accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(notFound).contains("id=\"signed-in-name\"").contains("Test ADMIN")
            .contains("/no-such-page?lang=es").contains("lang=\"fr\"");
        String badRequest = mvc.perform(asAdmin(post("/projects/{id}/status",
                    ProjectFixtures.aProject(projects, new BigDecimal("1000"), "BO", 100)))
                .param("status", "SOMEWHERE").param("lang", "es").accept(MediaType.TEXT_HTML))
            .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badRequest).contains("id=\"signed-in-name\"").contains("no es un valor válido")
            .doesNotContain("java.");
    }

    private record Write(MockHttpServletRequestBuilder request, String message) {
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(users.loadUserByUsername(admin.get())));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletRequestBuilder signedIn = request.with(user(users.loadUserByUsername(admin.get())));
        if ("POST".equals(signedIn.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod())) {
            signedIn = signedIn.with(csrf());
        }
        return mvc.perform(signedIn).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long anIndicator(long project) throws Exception {
        mvc.perform(asAdmin(post("/projects/{id}/outcomes", project)).param("title", "Exports"));
        long outcome = jdbc.sql("SELECT id FROM project_outcome WHERE project_id = :p").param("p", project)
            .query(Long.class).single();
        mvc.perform(asAdmin(post("/projects/{p}/outcomes/{o}/indicators", project, outcome))
            .param("name", "Firms certified").param("unit", "firms"));
        return jdbc.sql("SELECT id FROM outcome_indicator WHERE outcome_id = :o").param("o", outcome)
            .query(Long.class).single();
    }

    private int count(long project) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM indicator_value v JOIN outcome_indicator i ON i.id = v.indicator_id
                JOIN project_outcome o ON o.id = i.outcome_id WHERE o.project_id = :p""")
            .param("p", project).query(Integer.class).single();
    }

    private long aMeeting() throws Exception {
        MvcResult created = mvc.perform(asAdmin(post("/meetings")).param("title", "Meeting for decisions")
                .param("kind", "MEETING").param("heldOn", "2026-02-02"))
            .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(String.valueOf(created.getResponse().getRedirectedUrl()).replaceAll("\\D", ""));
    }

    private int countryVersion(String code) {
        return jdbc.sql("SELECT version FROM country WHERE code = :c").param("c", code).query(Integer.class).single();
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

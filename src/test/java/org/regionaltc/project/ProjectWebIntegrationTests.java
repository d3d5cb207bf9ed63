package org.regionaltc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import java.math.BigDecimal;
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

/** Projects through the pages and the API, as each kind of user sees them. */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectWebIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource messages;


    private static final String PASSWORD = AccountFixtures.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    Projects projects;
    @Autowired
    AccountAdministration administration;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aProjectInPreparationIsSeenOnlyByTheSecretariatAndItsCountriesFocalPoints() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("250000"), "BO", 100);
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        String chile = AccountFixtures.aFocalPointOf(administration, "CL");
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(get("/api/projects/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/{id}", id).with(httpBasic(chile, PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/projects/{id}", id).with(httpBasic(bolivia, PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.internalNotes").doesNotExist());
        mvc.perform(get("/api/projects/{id}", id).with(httpBasic(officer, PASSWORD)))
            .andExpect(jsonPath("$.internalNotes").value("internal remark"));
        String identifier = projects.get(id).identifier();
        mvc.perform(get("/api/projects").param("q", identifier)).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/projects").param("q", identifier).with(httpBasic(bolivia, PASSWORD)))
            .andExpect(jsonPath("$[0].identifier").value(identifier));
        ProjectFixtures.forceStatus(jdbc, id, ProjectStatus.IMPLEMENTATION);
        mvc.perform(get("/api/projects/{id}", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.internalNotes").doesNotExist());
        mvc.perform(get("/projects/{id}", id)).andExpect(status().isOk())
            .andExpect(content().string(containsString(identifier)))
            .andExpect(content().string(not(containsString("internal remark"))));
    }

    @Test
    void aFocalPointRecordsOnlyTheirOwnCountrysEndorsementAndChangesNothingElse() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("250000"), "BO", 50, "PE", 50);
        String bolivia = AccountFixtures.aFocalPointOf(administration, "BO");
        mvc.perform(put("/api/projects/{id}/endorsements/PE", id).with(httpBasic(bolivia, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2025-02-01\", \"reference\": \"x\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(put("/api/projects/{id}/endorsements/BO", id).with(httpBasic(bolivia, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2025-02-01\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("reference"));
        mvc.perform(put("/api/projects/{id}/endorsements/BO", id).with(httpBasic(bolivia, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2025-02-01\", \"reference\": \"Oficio 7\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.endorsements[0].countryCode").value("BO"))
            .andExpect(jsonPath("$.endorsements[0].endorsedBy").value("Test FOCAL_POINT"))
            .andExpect(jsonPath("$.internalNotes").doesNotExist());
        mvc.perform(post("/api/projects/{id}/status", id).with(httpBasic(bolivia, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"FORMULATION\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/projects/{id}/endorsements/BO", id).with(csrf()).with(user(users.loadUserByUsername(bolivia)))
                .param("date", "2025-02-03").param("reference", "Oficio 8"))
            .andExpect(redirectedUrl("/projects/" + id));
        assertThat(projects.get(id).endorsements().getFirst().reference()).isEqualTo("Oficio 8");
    }

    @Test
    void publishedPagesNameWhoRecordedADecisionByDisplayNameNeverByUsername() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("250000"), "BO", 100);
        String focalPoint = "fp_bo_" + java.util.UUID.randomUUID().toString().substring(0, 6);
        administration.create(focalPoint, PASSWORD, "Beatriz Quispe", null, "FOCAL_POINT", java.util.List.of("BO"), null);
        String officer = "off_" + java.util.UUID.randomUUID().toString().substring(0, 6);
        administration.create(officer, PASSWORD, "Olga Secretariat", null, "OFFICER", java.util.List.of(), null);
        mvc.perform(put("/api/projects/{id}/endorsements/BO", id).with(httpBasic(focalPoint, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2025-02-01\", \"reference\": \"Oficio 7\"}"))
            .andExpect(status().isOk());
        mvc.perform(post("/api/projects/{id}/approval", id).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2025-03-01\", \"reference\": \"PAC 3\"}"))
            .andExpect(status().isOk());
        ProjectFixtures.forceStatus(jdbc, id, ProjectStatus.IMPLEMENTATION);
        mvc.perform(get("/projects/{id}", id)).andExpect(status().isOk())
            .andExpect(content().string(containsString("Beatriz Quispe")))
            .andExpect(content().string(containsString("Olga Secretariat")))
            .andExpect(content().string(not(containsString(focalPoint))))
            .andExpect(content().string(not(containsString(officer))));
        mvc.perform(get("/api/projects/{id}", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.endorsements[0].endorsedBy").value("Beatriz Quispe"))
            .andExpect(jsonPath("$.unidoApproval.approvedBy").value("Olga Secretariat"))
            .andExpect(content().string(not(containsString(focalPoint))));
    }

    @Test
    void aProjectPutOnHoldOrCancelledBeforeApprovalStaysUnpublished() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "CR", 100);
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(post("/api/projects/{id}/status", id).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ON_HOLD\"}"))
            .andExpect(status().isOk());
        mvc.perform(get("/api/projects/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/projects/{id}/status", id).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CANCELLED\"}"))
            .andExpect(status().isOk());
        mvc.perform(get("/api/projects/{id}", id)).andExpect(status().isNotFound());
        long approved = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "CR", 100);
        ProjectFixtures.forceStatus(jdbc, approved, ProjectStatus.IMPLEMENTATION);
        mvc.perform(post("/api/projects/{id}/status", approved).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ON_HOLD\"}"))
            .andExpect(status().isOk());
        mvc.perform(get("/api/projects/{id}", approved)).andExpect(status().isOk());
    }

    @Test
    void anApprovedProjectKeepsItsCountriesAndUnidosApprovalIsRecordedOnce() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "CR", 100);
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(post("/api/projects/{id}/approval", id).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2025-01-10\", \"reference\": \"PAC 1\"}"))
            .andExpect(status().isOk());
        mvc.perform(post("/api/projects/{id}/approval", id).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\": \"2025-01-11\", \"reference\": \"PAC 2\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("already recorded (PAC 1")));
        ProjectFixtures.forceStatus(jdbc, id, ProjectStatus.APPROVED);
        TcProject project = projects.get(id);
        ProjectRequest moreCountries = ProjectForm.of(project).toRequest();
        moreCountries.countries().clear();
        moreCountries.countries().put("CR", new BigDecimal("50"));
        moreCountries.countries().put("PA", new BigDecimal("50"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> projects.update(id, moreCountries))
            .isInstanceOfSatisfying(org.regionaltc.system.Conflict.class, e -> assertThat(org.regionaltc.system.InputErrors
                .describe(e, messages, java.util.Locale.ENGLISH)).contains("cannot change after its approval"));
    }

    @Test
    void malformedDocumentsAndHugeBudgetsAreFieldErrorsNotServerErrors() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"identifier": "%s", "titleEn": "x", "scope": "NATIONAL", "currency": "USD",
                     "totalBudget": 1000, "countries": {"CO": 100}, "sectors": {"41010": 100},
                     "documents": [{"title": "no link"}]}""".formatted(ProjectFixtures.anIdentifier())))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("documents")));
        // An amount beyond the 16 digits the money columns hold is refused as the body is read, naming the property.
        mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"identifier": "%s", "titleEn": "x", "scope": "NATIONAL", "currency": "USD",
                     "totalBudget": 1e20, "countries": {"CO": 100}, "sectors": {"41010": 100}}"""
                    .formatted(ProjectFixtures.anIdentifier())))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("totalBudget"));
        mvc.perform(put("/api/projects/{id}/priorities", ProjectFixtures.aProject(projects, BigDecimal.ONE, "CO", 100))
                .with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("[null]"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theApiRefusesAnIllegalTransitionWithAConflictThatNamesBothStatuses() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(post("/api/projects/{id}/status", id).with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"APPROVED\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail").value(containsString("cannot move from Identification to Approved")));
    }

    @Test
    void theApiCreatesAProjectAndNamesEveryBadField() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String identifier = ProjectFixtures.anIdentifier();
        mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"identifier": "%s", "titleEn": "Cleaner production", "scope": "NATIONAL", "currency": "EUR",
                     "totalBudget": 1000, "countries": {"CO": 100}, "sectors": {"41010": 60, "32161": 30}}"""
                    .formatted(identifier)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("sectors"))
            .andExpect(jsonPath("$.errors[0].message").value("percentages add up to 90, not 100"));
        mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                    {"identifier": "%s", "titleEn": "Cleaner production", "scope": "NATIONAL", "currency": "EUR",
                     "totalBudget": 1000, "countries": {"CO": 100}, "sectors": {"41010": 70, "32161": 30},
                     "themes": ["C1"]}""".formatted(identifier)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("IDENTIFICATION"))
            .andExpect(jsonPath("$.currency").value("EUR"));
    }

    @Test
    void withoutJavaScriptTheChosenRowsAndTheirBlankRowsSaveTheShares() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String identifier = ProjectFixtures.anIdentifier();
        mvc.perform(post("/projects").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("identifier", identifier).param("titleEn", "Picked project").param("scope", "SUB_REGIONAL")
                .param("currency", "USD").param("totalBudget", "1000").param("budgetByYear", "")
                .param("countries", "", "PE", "BO").param("countryShares", "", "60", "40")
                .param("sectors", "32161", "").param("sectorShares", "100", "")
                .param("counterparts", "").param("partners", "").param("documents", ""))
            .andExpect(status().isFound());
        TcProject created = projects.get(projects.findIdByIdentifier(identifier).orElseThrow());
        assertThat(created.countries()).extracting(c -> c.code() + " " + c.percentage().stripTrailingZeros().toPlainString())
            .containsExactlyInAnyOrder("PE 60", "BO 40");
        mvc.perform(post("/projects").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("identifier", ProjectFixtures.anIdentifier()).param("titleEn", "Half picked").param("scope", "NATIONAL")
                .param("currency", "USD").param("totalBudget", "1000")
                .param("countries", "PE", "").param("countryShares", "60", "40")
                .param("sectors", "32161").param("sectorShares", "100"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("choose what the 40 % are for")))
            .andExpect(content().string(containsString("<option value=\"PE\" selected=\"selected\">")));
    }

    @Test
    void theFormShowsEachErrorNextToItsFieldAndSavesNothing() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String identifier = ProjectFixtures.anIdentifier();
        mvc.perform(post("/projects").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("identifier", identifier).param("titleEn", "Form project").param("scope", "NATIONAL")
                .param("currency", "USD").param("totalBudget", "12x").param("budgetByYear", "")
                .param("countries", "PE 70, BO 20").param("sectors", "32161 100")
                .param("counterparts", "").param("partners", "").param("documents", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is not a number: 12x")));
        mvc.perform(post("/projects").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("identifier", identifier).param("titleEn", "Form project").param("scope", "NATIONAL")
                .param("currency", "USD").param("totalBudget", "120000").param("budgetByYear", "")
                .param("countries", "PE 70, BO 20").param("sectors", "32161 100")
                .param("counterparts", "").param("partners", "").param("documents", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("percentages add up to 90, not 100")));
        assertThat(projects.findIdByIdentifier(identifier)).isEmpty();
        mvc.perform(post("/projects").with(csrf()).with(user(users.loadUserByUsername(officer)))
                .param("identifier", identifier).param("titleEn", "Form project").param("scope", "NATIONAL")
                .param("currency", "USD").param("totalBudget", "120000").param("budgetByYear", "2025 100000, 2026 20000")
                .param("countries", "PE 70, BO 30").param("sectors", "32161 100").param("themes", "A1")
                .param("counterparts", "Ministerio de la Producción\nPRODUCE").param("partners", "")
                .param("documents", "Project document | https://example.org/prodoc.pdf"))
            .andExpect(status().isFound());
        TcProject created = projects.get(projects.findIdByIdentifier(identifier).orElseThrow());
        assertThat(created.countries()).extracting(TcProject.Share::code).containsExactly("PE", "BO");
        assertThat(created.counterparts()).containsExactly("Ministerio de la Producción", "PRODUCE");
        assertThat(created.budgetByYear()).containsEntry(2026, new BigDecimal("20000.00"));
    }

    @Test
    void theProjectPageExplainsItsScore() throws Exception {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PA", 100);
        ProjectFixtures.forceStatus(jdbc, id, ProjectStatus.APPROVED);
        mvc.perform(get("/projects/{id}", id))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<span id=\"alignment-score\">25</span>")))
            .andExpect(content().string(containsString("PA 100%: no linked priority")));
    }

    @Test
    void aYenBudgetKeepsNoDecimalsOnTheApiAndThePageAndAFractionOfAYenIsRefused() throws Exception {
        String officer = AccountFixtures.anOfficer(administration);
        String project = """
            {"identifier": "%s", "titleEn": "Yen project", "scope": "NATIONAL", "currency": "JPY",
             "totalBudget": %s, "countries": {"CO": 100}, "sectors": {"41010": 100}}""";
        mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(project.formatted(ProjectFixtures.anIdentifier(), "100.4")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("totalBudget"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a whole number: JPY has no decimals"));
        String created = mvc.perform(post("/api/projects").with(httpBasic(officer, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(project.formatted(ProjectFixtures.anIdentifier(), "1234567")))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"totalBudget\":1234567,");
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/projects/{id}", id).with(user(users.loadUserByUsername(officer))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("JPY 1,234,567<")));
    }
}

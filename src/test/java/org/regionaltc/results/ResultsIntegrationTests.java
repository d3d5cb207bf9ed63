package org.regionaltc.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.regionaltc.account.AccountAdministration;
import org.regionaltc.account.AccountFixtures;
import org.regionaltc.project.ProjectFixtures;
import org.regionaltc.project.Projects;
import org.regionaltc.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ResultsIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource englishMessages;

    /** The errors as the command line and an English page word them. */
    private String english(RuntimeException e) {
        return org.regionaltc.system.InputErrors.describe(e, englishMessages, java.util.Locale.ENGLISH);
    }


    @Autowired
    Outcomes outcomes;
    @Autowired
    Rollup rollup;
    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration administration;

    private long anIndicator(long project, String unit) {
        long outcome = outcomes.addOutcome(project, "Outcome in " + unit);
        return outcomes.addIndicator(project, outcome, new Outcomes.NewIndicator("Indicator", unit, BigDecimal.ZERO, "survey"));
    }

    @Test
    void rollsUpOnlyWhereUnitsMatchAndSplitsCountriesByTheirShare() {
        String unit = "units-" + System.nanoTime();
        long a = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 60, "BO", 40);
        long b = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        outcomes.setValue(a, anIndicator(a, unit), new Outcomes.Value(2025, "TARGET", new BigDecimal("100")));
        long bIndicator = anIndicator(b, unit);
        outcomes.setValue(b, bIndicator, new Outcomes.Value(2025, "TARGET", new BigDecimal("50")));
        outcomes.setValue(b, bIndicator, new Outcomes.Value(2025, "ACTUAL", new BigDecimal("40")));
        outcomes.setValue(b, anIndicator(b, unit + "-other"), new Outcomes.Value(2025, "ACTUAL", new BigDecimal("7")));

        assertThat(rollup.byTheme(org.regionaltc.system.ProjectVisibility.everything())).filteredOn(r -> r.unit().equals(unit)).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("A");
            assertThat(r.target()).isEqualByComparingTo("150");
            assertThat(r.actual()).isEqualByComparingTo("40");
            assertThat(r.indicators()).isEqualTo(2);
        });
        assertThat(rollup.byCountry(org.regionaltc.system.ProjectVisibility.everything())).filteredOn(r -> r.unit().equals(unit))
            .extracting(r -> r.key() + " " + r.target() + " " + r.actual())
            .containsExactly("BO 40.00 0.00", "PE 110.00 40.00");
    }

    @Test
    void refusesValuesForAnIndicatorOfAnotherProjectOrAWrongYear() {
        long a = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        long b = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        long indicator = anIndicator(a, "enterprises");
        assertThatThrownBy(() -> outcomes.setValue(b, indicator, new Outcomes.Value(2025, "TARGET", BigDecimal.ONE)))
            .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> outcomes.setValue(a, indicator, new Outcomes.Value(1800, "TARGET", BigDecimal.ONE)))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).isEqualTo("year: must be between 1990 and 2100"));
    }

    @Test
    void theSecretariatRecordsResultsThroughTheApi() throws Exception {
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "CO", 100);
        String officer = AccountFixtures.anOfficer(administration);
        String outcome = mvc.perform(post("/api/projects/{id}/outcomes", project).with(httpBasic(officer, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"Cleaner industries\"}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long outcomeId = Long.parseLong(outcome.replaceAll("\\D", ""));
        String indicator = mvc.perform(post("/api/projects/{id}/outcomes/{o}/indicators", project, outcomeId)
                .with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Water saved\", \"unit\": \"m3\", \"baseline\": 0}"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long indicatorId = Long.parseLong(indicator.replaceAll("\\D", ""));
        mvc.perform(put("/api/projects/{id}/indicators/{i}/values", project, indicatorId)
                .with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": {\"2025\": 1000}, \"actuals\": {\"2025\": 750}}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].indicators[0].targets['2025']").value(1000))
            .andExpect(jsonPath("$[0].indicators[0].actuals['2025']").value(750));
        mvc.perform(get("/api/projects/{id}/outcomes", project).with(httpBasic(officer, AccountFixtures.PASSWORD)))
            .andExpect(jsonPath("$[0].title").value("Cleaner industries"));
        String focal = AccountFixtures.aFocalPointOf(administration, "CO");
        mvc.perform(post("/api/projects/{id}/outcomes", project).with(httpBasic(focal, AccountFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\"}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void savesNoYearWhenAnyYearOrAmountOfTheRequestIsInvalid() throws Exception {
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        long indicator = anIndicator(project, "enterprises");
        String officer = AccountFixtures.anOfficer(administration);
        mvc.perform(put("/api/projects/{id}/indicators/{i}/values", project, indicator)
                .with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": {\"2025\": 40}, \"actuals\": {\"1800\": 1}}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(put("/api/projects/{id}/indicators/{i}/values", project, indicator)
                .with(httpBasic(officer, AccountFixtures.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": {\"2025\": null}}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("targets"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indicator_value WHERE indicator_id = :id").param("id", indicator)
            .query(Integer.class).single()).isZero();
    }

    @Test
    void auditsTheValueAReplacedYearHadBefore() {
        long project = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        long indicator = anIndicator(project, "enterprises");
        outcomes.setValue(project, indicator, new Outcomes.Value(2025, "TARGET", new BigDecimal("40")));
        outcomes.setValue(project, indicator, new Outcomes.Value(2025, "TARGET", new BigDecimal("55")));
        assertThat(jdbc.sql("""
                SELECT changes FROM audit_entry WHERE entity_type = 'IndicatorValue' AND entity_id = :id ORDER BY id""")
            .param("id", indicator + "/2025/TARGET").query(String.class).list())
            .satisfiesExactly(
                first -> assertThat(first).isEqualTo("{\"amount\":{\"before\":null,\"after\":40}}"),
                second -> assertThat(second).matches("\\{\"amount\":\\{\"before\":40(\\.0+)?,\"after\":55}}"));
    }
}

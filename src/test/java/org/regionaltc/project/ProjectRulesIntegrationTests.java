package org.regionaltc.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ProjectRulesIntegrationTests {

    @Autowired
    private org.springframework.context.MessageSource messages;

    @Autowired
    Projects projects;
    @Autowired
    JdbcClient jdbc;

    private static ProjectRequest with(Map<String, BigDecimal> countries, Map<String, BigDecimal> sectors,
            Map<Integer, BigDecimal> years, String currency) {
        return ProjectRequestBuilder.aProjectRequest().budget(currency, "1000").byYear(years).countries(countries)
            .sectors(sectors).build();
    }

    private static Map<String, BigDecimal> shares(Object... pairs) {
        Map<String, BigDecimal> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], new BigDecimal(pairs[i + 1].toString()));
        }
        return map;
    }

    private List<String> fieldsAtFault(ProjectRequest request) {
        try {
            projects.create(request, false);
            return List.of();
        } catch (InvalidInput e) {
            return e.errors().stream()
                .map(f -> f.field() + ": " + InputErrors.message(f, messages, java.util.Locale.ENGLISH)).toList();
        }
    }

    @Test
    void countryAndSectorPercentagesMustEachAddUpToAHundred() {
        assertThat(fieldsAtFault(with(shares("PE", 60, "BO", 30), shares("32161", "70.5", "25010", "29.5"), Map.of(), "USD")))
            .containsExactly("countries: percentages add up to 90, not 100");
        assertThat(fieldsAtFault(with(shares("PE", 100), shares("32161", 70, "25010", 40), Map.of(), "USD")))
            .containsExactly("sectors: percentages add up to 110, not 100");
        assertThat(fieldsAtFault(with(shares("PE", "33.33", "BO", "33.33", "EC", "33.34"), shares("32161", 100), Map.of(), "USD")))
            .isEmpty();
    }

    @Test
    void unknownCodesAreNamedAndNothingIsSaved() {
        int before = jdbc.sql("SELECT COUNT(*) FROM tc_project").query(Integer.class).single();
        assertThat(fieldsAtFault(with(shares("PE", 50, "US", 50), shares("99999", 100), Map.of(), "XXX")))
            .containsExactlyInAnyOrder("countries: US is not a GRULAC country code",
                "sectors: 99999 is not a current DAC 5-digit sector code",
                "currency: is not a known ISO 4217 currency: XXX");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tc_project").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void yearlyBudgetsMustAddUpToTheTotal() {
        assertThat(fieldsAtFault(with(shares("PE", 100), shares("32161", 100),
            Map.of(2025, new BigDecimal("600"), 2026, new BigDecimal("300")), "USD")))
            .containsExactly("budgetByYear: yearly amounts add up to 900.00, not the total budget 1,000.00");
    }

    @Test
    void identifiersAreIatiLikeAndUnique() {
        ProjectRequest request = ProjectFixtures.aRequest(new BigDecimal("10"), "PE", 100);
        projects.create(request, false);
        assertThatThrownBy(() -> projects.create(request, false)).isInstanceOf(Conflict.class);
        ProjectRequest bad = ProjectRequestBuilder.aProjectRequest().identifier("project 1").themes(null).build();
        assertThat(fieldsAtFault(bad)).containsExactly("identifier: must look like XM-DAC-41123-PROJECT-150277");
    }

    @Test
    void anUpdateWithAStaleVersionIsAConflictAndKeepsTheNewerChange() {
        long id = ProjectFixtures.aProject(projects, new BigDecimal("1000"), "PE", 100);
        TcProject p = projects.get(id);
        ProjectRequest first = ProjectForm.of(p).toRequest();
        projects.update(id, first);
        assertThatThrownBy(() -> projects.update(id, first)).isInstanceOfSatisfying(Conflict.class,
            e -> assertThat(InputErrors.describe(e, messages, java.util.Locale.ENGLISH)).contains("changed by someone else"));
        assertThat(projects.get(id).version()).isEqualTo(1);
    }

    private static ProjectRequest costing(String currency, String budget, Map<Integer, BigDecimal> years) {
        return ProjectRequestBuilder.aProjectRequest().budget(currency, budget).byYear(years).build();
    }

    @Test
    void aBudgetKeepsItsCurrencysDecimalsNoneForTheYenThreeForTheKuwaitiDinar() {
        TcProject yen = projects.get(projects.create(costing("JPY", "1234567",
            Map.of(2025, new BigDecimal("1000000"), 2026, new BigDecimal("234567"))), false));
        assertThat(yen.totalBudget().toPlainString()).isEqualTo("1234567");
        assertThat(yen.budgetByYear().values()).extracting(BigDecimal::toPlainString).containsExactly("1000000", "234567");
        TcProject dinar = projects.get(projects.create(costing("KWD", "1000.125", Map.of()), false));
        assertThat(dinar.totalBudget().toPlainString()).isEqualTo("1000.125");
        TcProject dollar = projects.get(projects.create(costing("USD", "12.5", Map.of()), false));
        assertThat(dollar.totalBudget().toPlainString()).isEqualTo("12.50");
    }

    @Test
    void refusesAFractionTheCurrencyDoesNotHave() {
        assertThat(fieldsAtFault(costing("JPY", "100.4", Map.of())))
            .containsExactly("totalBudget: must be a whole number: JPY has no decimals");
        assertThat(fieldsAtFault(costing("JPY", "100", Map.of(2025, new BigDecimal("99.5"), 2026, new BigDecimal("0.5")))))
            .containsExactly("budgetByYear: yearly amounts: must be a whole number: JPY has no decimals");
        assertThat(fieldsAtFault(costing("KWD", "1.0001", Map.of())))
            .containsExactly("totalBudget: must have at most 3 decimals in KWD");
    }
}

package org.regionaltc.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTests {

    private static final Eligibility.Candidate PROJECT = new Eligibility.Candidate("NATIONAL", Set.of("BO", "PE"),
        Set.of("41020"), Set.of("C", "C4"), new BigDecimal("100000.00"), new BigDecimal("150000.00"));

    private static EligibilityRule rule(Set<String> themes, Set<String> sectors, Set<String> countries,
            Set<String> scopes, String min, String max, String ratio) {
        return new EligibilityRule(1, "GEF", "Test rule", LocalDate.of(2020, 1, 1), null, themes, sectors, countries,
            scopes, min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max),
            ratio == null ? null : new BigDecimal(ratio), null, false, 0);
    }

    private static Eligibility.Verdict check(EligibilityRule rule) {
        return Eligibility.evaluate("GEF", List.of(rule), PROJECT);
    }

    @Test
    void aBodyWithoutRulesInForceIsReportedAsHavingNone() {
        Eligibility.Verdict verdict = Eligibility.evaluate("IDF", List.of(), PROJECT);
        assertThat(verdict.status()).isEqualTo(Eligibility.Status.NO_RULES);
    }

    @Test
    void aRuleWithNoConditionsAdmitsEveryProject() {
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null)).eligible()).isTrue();
    }

    @Test
    void thematicAreaPassesWhenOneOfTheProjectsAreasIsEligibleAndFailsNamingBoth() {
        assertThat(check(rule(Set.of("C4"), Set.of(), Set.of(), Set.of(), null, null, null)).eligible()).isTrue();
        Eligibility.Verdict verdict = check(rule(Set.of("A", "B1"), Set.of(), Set.of(), Set.of(), null, null, null));
        assertThat(verdict.status()).isEqualTo(Eligibility.Status.NOT_ELIGIBLE);
        assertThat(verdict.reasons()).containsExactly(
            "Test rule: thematic area: the project's areas (C, C4) are not among A, B1");
    }

    @Test
    void sectorPassesOnAnExactCodeOrItsCategoryAndFailsNamingBoth() {
        assertThat(check(rule(Set.of(), Set.of("41020"), Set.of(), Set.of(), null, null, null)).eligible()).isTrue();
        assertThat(check(rule(Set.of(), Set.of("410"), Set.of(), Set.of(), null, null, null)).eligible()).isTrue();
        assertThat(check(rule(Set.of(), Set.of("23210", "321"), Set.of(), Set.of(), null, null, null)).reasons())
            .containsExactly("Test rule: DAC sector: the project's sectors (41020) are not among 23210, 321");
    }

    @Test
    void everyRecipientCountryMustBeEligibleAndTheFailureNamesTheOthers() {
        assertThat(check(rule(Set.of(), Set.of(), Set.of("BO", "PE", "CL"), Set.of(), null, null, null)).eligible())
            .isTrue();
        assertThat(check(rule(Set.of(), Set.of(), Set.of("BO", "CL"), Set.of(), null, null, null)).reasons())
            .containsExactly("Test rule: country: PE is not eligible");
    }

    @Test
    void scopeMustBeAmongTheEligibleOnes() {
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of("NATIONAL"), null, null, null)).eligible()).isTrue();
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of("REGIONAL", "SUB_REGIONAL"), null, null, null))
            .reasons()).containsExactly("Test rule: scope: NATIONAL is not among REGIONAL, SUB_REGIONAL");
    }

    @Test
    void grantMustLieBetweenTheMinimumAndMaximumInclusive() {
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of(), "100000.00", "100000.00", null)).eligible())
            .isTrue();
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of(), "100000.01", null, null)).reasons())
            .containsExactly("Test rule: minimum grant: USD 100,000.00 is below the minimum of USD 100,000.01");
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of(), null, "99999.99", null)).reasons())
            .containsExactly("Test rule: maximum grant: USD 100,000.00 is above the maximum of USD 99,999.99");
    }

    @Test
    void cofinancingMustReachTheRequiredRatioOfTheGrant() {
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of(), null, null, "1.50")).eligible()).isTrue();
        assertThat(check(rule(Set.of(), Set.of(), Set.of(), Set.of(), null, null, "1.51")).reasons())
            .containsExactly("Test rule: co-financing ratio: 1.50:1 is below the required 1.51:1");
        Eligibility.Failure failure = check(rule(Set.of(), Set.of(), Set.of(), Set.of(), null, null, "1.51"))
            .failures().getFirst();
        assertThat(failure.value()).isEqualByComparingTo("1.50");
        assertThat(failure.limit()).isEqualByComparingTo("1.51");
        assertThat(failure.text()).as("names no amount of co-financing, which a donor may not see")
            .doesNotContain("150,000");
    }

    @Test
    void aBodyIsEligibleWhenAnyOfItsRulesPassesAndOtherwiseListsEveryFailure() {
        EligibilityRule national = rule(Set.of(), Set.of(), Set.of(), Set.of("NATIONAL"), null, null, null);
        EligibilityRule regional = rule(Set.of("A"), Set.of(), Set.of(), Set.of("REGIONAL"), null, null, null);
        assertThat(Eligibility.evaluate("EU", List.of(regional, national), PROJECT).eligible()).isTrue();
        assertThat(Eligibility.evaluate("EU", List.of(regional, regional), PROJECT).reasons()).hasSize(4);
    }

    @Test
    void aRuleIsInForceWithinItsPeriodOnly() {
        EligibilityRule rule = new EligibilityRule(1, "MLF", "Triennium", LocalDate.of(2024, 1, 1),
            LocalDate.of(2026, 12, 31), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, false, 0);
        assertThat(rule.inForceOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(rule.inForceOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(rule.inForceOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(rule.inForceOn(LocalDate.of(2027, 1, 1))).isFalse();
    }
}

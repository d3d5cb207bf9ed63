package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.regionaltc.priority.WeightFormula.Inputs;

class WeightFormulaTests {

    private final WeightFormula defaults = new WeightFormula(new WeightFormula.Factors(0.6, 0.3, 0, 0.05, 0.1));

    @Test
    void aNationalTopPriorityOfOneCountryAmongFour() {
        // (0.6 × 1/1 + 0.3 × 1/4 + 0) ÷ 1.0 = 0.675
        assertThat(defaults.weight(new Inputs(PriorityLevel.NATIONAL, 1, 1, 4))).isEqualByComparingTo("0.6750");
    }

    @Test
    void aSecondRankedNationalPrioritySharedByThreeOfTwelve() {
        // (0.6 × 1/2 + 0.3 × 3/12) ÷ 1.0 = 0.375
        assertThat(defaults.weight(new Inputs(PriorityLevel.NATIONAL, 2, 3, 12))).isEqualByComparingTo("0.3750");
    }

    @Test
    void aTopRegionalPrioritySharedByEveryCountryWeighsOne() {
        assertThat(defaults.weight(new Inputs(PriorityLevel.REGIONAL, 1, 12, 12))).isEqualByComparingTo("1.0000");
    }

    @Test
    void aThirdRankedSubRegionalPriority() {
        // (0.6 × 1/3 + 0.3 × 2/8 + 0.05) ÷ 1.0 = 0.2 + 0.075 + 0.05 = 0.325
        assertThat(defaults.weight(new Inputs(PriorityLevel.SUB_REGIONAL, 3, 2, 8))).isEqualByComparingTo("0.3250");
    }

    @Test
    void otherFactorsChangeTheWeightWithoutCode() {
        WeightFormula rankOnly = new WeightFormula(new WeightFormula.Factors(1, 0, 0, 0, 0));
        assertThat(rankOnly.weight(new Inputs(PriorityLevel.REGIONAL, 4, 12, 12))).isEqualByComparingTo("0.2500");
        WeightFormula shareHeavy = new WeightFormula(new WeightFormula.Factors(0.2, 0.6, 0, 0.1, 0.2));
        // (0.2 × 1/2 + 0.6 × 6/12 + 0.1) ÷ (0.2 + 0.6 + 0.2) = 0.5 ÷ 1.0 = 0.5
        assertThat(shareHeavy.weight(new Inputs(PriorityLevel.SUB_REGIONAL, 2, 6, 12))).isEqualByComparingTo("0.5000");
    }

    @Test
    void staysBetweenZeroAndOne() {
        WeightFormula formula = new WeightFormula(new WeightFormula.Factors(2, 3, 0, 1, 5));
        for (PriorityLevel level : PriorityLevel.values()) {
            for (int rank = 1; rank <= 20; rank++) {
                BigDecimal w = formula.weight(new Inputs(level, rank, 20, 10));
                assertThat(w).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            }
        }
    }

    @Test
    void explainsTheWeightFromItsInputs() {
        assertThat(defaults.explain(new Inputs(PriorityLevel.SUB_REGIONAL, 3, 2, 8)))
            .isEqualTo("0.3250 = (0.60 × 1/3 + 0.30 × 2/8 countries + 0.05 sub-regional) ÷ 1.00");
    }
}

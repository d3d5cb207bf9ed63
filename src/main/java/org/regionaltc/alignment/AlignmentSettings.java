package org.regionaltc.alignment;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tc.alignment.*: the weights of the alignment score's three components (they must add up to 1), how much a
 * strong and a partial link count, the weight assumed for a priority not yet consolidated, and what makes a gap.
 */
@ConfigurationProperties("tc.alignment")
public record AlignmentSettings(
        @DefaultValue("0.6") double priorityWeight,
        @DefaultValue("0.25") double themeWeight,
        @DefaultValue("0.15") double endorsementWeight,
        @DefaultValue("1.0") double strongLink,
        @DefaultValue("0.5") double partialLink,
        @DefaultValue("0.5") double unweightedPriority,
        @DefaultValue("0.6") double gapMinimumWeight,
        @DefaultValue("100000") BigDecimal gapBudgetBelow) {

    public AlignmentSettings {
        double sum = priorityWeight + themeWeight + endorsementWeight;
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalArgumentException("tc.alignment: priority-weight + theme-weight + endorsement-weight"
                + " must add up to 1, not " + sum);
        }
        if (strongLink < 0 || strongLink > 1 || partialLink < 0 || partialLink > 1) {
            throw new IllegalArgumentException("tc.alignment: strong-link and partial-link must be between 0 and 1");
        }
    }

    AlignmentFormula.Weights weights() {
        return new AlignmentFormula.Weights(priorityWeight, themeWeight, endorsementWeight, strongLink, partialLink,
            unweightedPriority);
    }
}

package org.regionaltc.priority;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tc.priorities.weight.*: the factors of a priority's weight. A priority scores {@code rank × 1/rank +
 * share × countries sharing it / countries that submitted + the bonus of its level}, divided by the highest score
 * possible so that the weight stays in [0, 1].
 */
@ConfigurationProperties("tc.priorities.weight")
record WeightSettings(@DefaultValue("0.6") double rank, @DefaultValue("0.3") double share,
        @DefaultValue("0") double national, @DefaultValue("0.05") double subRegional,
        @DefaultValue("0.1") double regional) {

    public WeightSettings {
        if (rank < 0 || share < 0 || national < 0 || subRegional < 0 || regional < 0) {
            throw new IllegalArgumentException("tc.priorities.weight.* factors must not be negative");
        }
    }

    WeightFormula.Factors factors() {
        return new WeightFormula.Factors(rank, share, national, subRegional, regional);
    }
}

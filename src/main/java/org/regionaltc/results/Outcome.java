package org.regionaltc.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An outcome a project works towards, measured by indicators with a baseline, yearly targets and actuals. */
public record Outcome(long id, long projectId, String title, List<Indicator> indicators) {

    public record Indicator(long id, String name, String unit, @Nullable BigDecimal baseline,
            @Nullable String sourceOfVerification, Map<Integer, BigDecimal> targets, Map<Integer, BigDecimal> actuals) {

        public java.util.SortedSet<Integer> years() {
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>(targets.keySet());
            years.addAll(actuals.keySet());
            return years;
        }
    }
}

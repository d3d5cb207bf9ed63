package org.regionaltc.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An eligibility rule as the secretariat enters it; checked by {@link EligibilityRules#create} and
 * {@link EligibilityRules#update}, which needs the version that was read.
 */
public record RuleDraft(@Nullable String bodyCode, @Nullable String name, @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd, @Nullable List<String> themes, @Nullable List<String> sectors,
        @Nullable List<String> countries, @Nullable List<String> scopes, @Nullable BigDecimal minGrantUsd,
        @Nullable BigDecimal maxGrantUsd, @Nullable BigDecimal cofinancingRatio, @Nullable String otherConditions,
        @Nullable Integer version) {

    /** A new rule. */
    public RuleDraft(@Nullable String bodyCode, @Nullable String name, @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd, @Nullable List<String> themes, @Nullable List<String> sectors,
            @Nullable List<String> countries, @Nullable List<String> scopes, @Nullable BigDecimal minGrantUsd,
            @Nullable BigDecimal maxGrantUsd, @Nullable BigDecimal cofinancingRatio, @Nullable String otherConditions) {
        this(bodyCode, name, periodStart, periodEnd, themes, sectors, countries, scopes, minGrantUsd, maxGrantUsd,
            cofinancingRatio, otherConditions, null);
    }
}

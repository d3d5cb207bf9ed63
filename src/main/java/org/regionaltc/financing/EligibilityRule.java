package org.regionaltc.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a financing body funds in a period. Empty sets place no restriction; grant limits are in USD; the
 * co-financing ratio is the co-financing required per unit of grant (6.00 reads 6:1).
 */
public record EligibilityRule(long id, String bodyCode, String name, LocalDate periodStart,
        @Nullable LocalDate periodEnd, Set<String> themes, Set<String> sectors, Set<String> countries,
        Set<String> scopes, @Nullable BigDecimal minGrantUsd, @Nullable BigDecimal maxGrantUsd,
        @Nullable BigDecimal cofinancingRatio, @Nullable String otherConditions, boolean sample, int version) {

    /** Project scopes as the project tables name them. */
    public static final Set<String> SCOPES = Set.of("NATIONAL", "SUB_REGIONAL", "REGIONAL", "INTERREGIONAL");

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(periodStart) && (periodEnd == null || !date.isAfter(periodEnd));
    }
}

package org.regionaltc.funding;

import java.math.BigDecimal;
import java.util.Collection;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.regionaltc.financing.Eligibility;
import org.regionaltc.system.Money;
import org.regionaltc.system.Pure;

/**
 * What a project has secured, in USD, and what it still lacks.
 * <p>
 * Secured funding = for each financing body, the larger of what it committed to the project (agreements signed)
 * and what it paid in (receipts), so a receipt covered by a commitment is not counted twice while one with no
 * commitment still counts; plus every co-financing contribution, cash and in kind. Pledges are promises and do
 * not count; allotments and expenditures use money already counted. Gap = approved budget − secured funding,
 * never below zero. The budget converts with the latest rate on or before today; without one, gap is unknown.
 */
@Pure
public record ProjectFunding(long projectId, String currency, BigDecimal approvedBudget,
        @Nullable BigDecimal budgetUsd, BigDecimal grantsUsd, BigDecimal cofinancingUsd) {

    /** The money one financing body has committed to and paid into one project, in USD. */
    public record FromBody(String bodyCode, BigDecimal committedUsd, BigDecimal receivedUsd) {

        /** A receipt under a commitment is the same money: the larger of the two counts. */
        public BigDecimal secured() {
            return committedUsd.max(receivedUsd);
        }
    }

    public static ProjectFunding of(long projectId, String currency, BigDecimal approvedBudget,
            @Nullable BigDecimal budgetUsd, Collection<FromBody> bodies, BigDecimal cofinancingUsd) {
        BigDecimal grants = bodies.stream().map(FromBody::secured).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ProjectFunding(projectId, currency, approvedBudget, budgetUsd, Money.usd(grants),
            Money.usd(cofinancingUsd));
    }

    @JsonProperty
    public BigDecimal securedUsd() {
        return grantsUsd.add(cofinancingUsd);
    }

    @JsonProperty
    public @Nullable BigDecimal gapUsd() {
        return budgetUsd == null ? null : Money.usd(budgetUsd.subtract(securedUsd()).max(BigDecimal.ZERO));
    }

    /**
     * How much secured funding exceeds the budget, or null when it does not (or the budget has no rate): money
     * counted twice, such as a ledger file imported again, or a budget that was never raised.
     */
    @JsonProperty
    public @Nullable BigDecimal overBudgetUsd() {
        if (budgetUsd == null || securedUsd().compareTo(budgetUsd) <= 0) {
            return null;
        }
        return Money.usd(securedUsd().subtract(budgetUsd));
    }

    @JsonProperty
    public boolean overBudget() {
        return overBudgetUsd() != null;
    }

    public boolean hasGap() {
        BigDecimal gap = gapUsd();
        return gap != null && gap.signum() > 0;
    }

    /** Co-financing per unit of the financing bodies' secured grants. */
    @JsonProperty
    public BigDecimal cofinancingRatio() {
        return Eligibility.ratio(cofinancingUsd, grantsUsd);
    }
}

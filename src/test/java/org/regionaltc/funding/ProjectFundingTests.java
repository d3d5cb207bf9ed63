package org.regionaltc.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFundingTests {

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void securedFundingCountsTheLargerOfCommitmentsAndReceiptsPerBodyPlusCofinancing() {
        ProjectFunding funding = ProjectFunding.of(1, "USD", usd("1000000.00"), usd("1000000.00"), List.of(
            new ProjectFunding.FromBody("GEF", usd("300000.00"), usd("120000.10")),
            new ProjectFunding.FromBody("IDF", usd("0"), usd("50000.05"))), usd("99999.99"));
        assertThat(funding.grantsUsd()).isEqualTo(usd("350000.05"));
        assertThat(funding.securedUsd()).isEqualTo(usd("450000.04"));
        assertThat(funding.gapUsd()).isEqualTo(usd("549999.96"));
        assertThat(funding.hasGap()).isTrue();
    }

    @Test
    void theGapIsExactToTheCentAndNeverNegative() {
        ProjectFunding almost = ProjectFunding.of(1, "USD", usd("0.03"), usd("0.03"),
            List.of(new ProjectFunding.FromBody("GEF", usd("0.01"), usd("0.00"))), usd("0.01"));
        assertThat(almost.gapUsd()).isEqualTo(usd("0.01"));
        ProjectFunding over = ProjectFunding.of(1, "USD", usd("100.00"), usd("100.00"),
            List.of(new ProjectFunding.FromBody("GEF", usd("150.00"), usd("0"))), usd("0"));
        assertThat(over.gapUsd()).isEqualTo(usd("0.00"));
        assertThat(over.hasGap()).isFalse();
    }

    @Test
    void aBudgetWithoutAnExchangeRateHasNoKnownGap() {
        ProjectFunding funding = ProjectFunding.of(1, "XOF", usd("100.00"), null, List.of(), usd("0"));
        assertThat(funding.gapUsd()).isNull();
        assertThat(funding.hasGap()).isFalse();
    }

    @Test
    void theCofinancingRatioIsCofinancingPerUnitOfSecuredGrant() {
        ProjectFunding funding = ProjectFunding.of(1, "USD", usd("700.00"), usd("700.00"),
            List.of(new ProjectFunding.FromBody("GEF", usd("100.00"), usd("0"))), usd("600.00"));
        assertThat(funding.cofinancingRatio()).isEqualTo(usd("6.00"));
        ProjectFunding third = ProjectFunding.of(1, "USD", usd("4.00"), usd("4.00"),
            List.of(new ProjectFunding.FromBody("GEF", usd("3.00"), usd("0"))), usd("1.00"));
        assertThat(third.cofinancingRatio()).isEqualTo(usd("0.33"));
        assertThat(ProjectFunding.of(1, "USD", usd("1"), usd("1"), List.of(), usd("5")).cofinancingRatio())
            .isEqualTo(usd("0.00"));
    }

    @Test
    void conversionMultipliesByTheRateAndRoundsHalfUpToTheCent() {
        assertThat(ExchangeRates.convert(usd("1000.00"), usd("1.0850000000"))).isEqualTo(usd("1085.00"));
        assertThat(ExchangeRates.convert(usd("0.10"), usd("0.0500000000"))).isEqualTo(usd("0.01"));
        assertThat(ExchangeRates.convert(usd("0.10"), usd("0.0490000000"))).isEqualTo(usd("0.00"));
        assertThat(ExchangeRates.convert(usd("123456789.99"), usd("0.0070900000"))).isEqualTo(usd("875308.64"));
    }
}

package org.regionaltc.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A country's unallocated offers shared among its candidate projects in proportion to their gaps. */
class OfferSharesTests {

    @Test
    void sharesFollowTheGapsAndAddUpToEachCountrysAmountToTheCent() {
        Map<String, BigDecimal> unallocated = Map.of("PE", new BigDecimal("100000.00"), "CO", new BigDecimal("10.00"),
            "BO", new BigDecimal("500.00"));
        List<OfferShares.Claim> claims = List.of(
            new OfferShares.Claim("A", Set.of("PE"), 1_000_000),
            new OfferShares.Claim("B", Set.of("PE", "CO"), 3_000_000),
            new OfferShares.Claim("C", Set.of("CO"), 1),
            new OfferShares.Claim("D", Set.of("CO"), 1),
            new OfferShares.Claim("E", Set.of("PE"), 0));

        Map<String, Map<String, BigDecimal>> byCountry = OfferShares.byCountry(unallocated, claims);

        assertThat(byCountry.get("PE")).containsOnlyKeys("A", "B");
        assertThat(byCountry.get("PE").get("A")).isEqualByComparingTo("25000.00");
        assertThat(byCountry.get("PE").get("B")).isEqualByComparingTo("75000.00");
        // 10.00 over gaps 3 000 000, 1 and 1: B takes almost all, the two single dollars a few cents at most.
        assertThat(byCountry.get("CO").values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo("10.00");
        assertThat(byCountry).doesNotContainKey("BO");
        byCountry.forEach((country, shares) -> assertThat(shares.values().stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(unallocated.get(country)));

        Map<String, BigDecimal> byProject = OfferShares.byProject(unallocated, claims);
        assertThat(byProject.get("B")).isEqualByComparingTo(
            new BigDecimal("75000.00").add(byCountry.get("CO").get("B")));
    }

    @Test
    void oddCentsGoToTheLargestRemaindersAndNoneIsLost() {
        Map<String, BigDecimal> unallocated = Map.of("PE", new BigDecimal("100.00"));
        List<OfferShares.Claim> claims = List.of(new OfferShares.Claim("A", Set.of("PE"), 1),
            new OfferShares.Claim("B", Set.of("PE"), 1), new OfferShares.Claim("C", Set.of("PE"), 1));

        Map<String, BigDecimal> shares = OfferShares.byCountry(unallocated, claims).get("PE");

        assertThat(shares.values()).extracting(BigDecimal::toPlainString)
            .containsExactlyInAnyOrder("33.34", "33.33", "33.33");
    }
}

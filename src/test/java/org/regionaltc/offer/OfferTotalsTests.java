package org.regionaltc.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfferTotalsTests {

    private static OfferTotals.Amounts offer(String country, String theme, String offered, String confirmed) {
        return new OfferTotals.Amounts(country, theme, offered == null ? null : new BigDecimal(offered),
            confirmed == null ? null : new BigDecimal(confirmed));
    }

    private final List<OfferTotals.Amounts> offers = List.of(
        offer("PE", "A1", "1000.00", "400.00"),
        offer("PE", "C3", "500.50", "0.00"),
        offer("BO", "A1", "250.25", "250.25"),
        offer("UY", "C3", null, null));

    @Test
    void countsEachOfferOnceInItsCountryAndThemeAndAnOfferWithoutRateInNoAmount() {
        assertThat(OfferTotals.by(offers, OfferTotals.Amounts::country))
            .extracting(OfferTotals.Total::key, OfferTotals.Total::offers, t -> t.offeredUsd().toPlainString(),
                t -> t.unallocatedUsd().toPlainString())
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("BO", 1, "250.25", "0.00"),
                org.assertj.core.groups.Tuple.tuple("PE", 2, "1500.50", "1100.50"),
                org.assertj.core.groups.Tuple.tuple("UY", 1, "0.00", "0.00"));
        assertThat(OfferTotals.by(offers, OfferTotals.Amounts::theme))
            .extracting(OfferTotals.Total::key, t -> t.confirmedUsd().toPlainString())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", "650.25"),
                org.assertj.core.groups.Tuple.tuple("C3", "0.00"));
        OfferTotals.Total all = OfferTotals.overall(offers);
        assertThat(all.offers()).isEqualTo(4);
        assertThat(all.offeredUsd()).isEqualByComparingTo("1750.75");
        assertThat(all.unallocatedUsd()).isEqualByComparingTo("1100.50");
    }

    @Test
    void aCountryCountsInEverySubRegionItBelongsToAndEmptyOnesAreLeftOut() {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        members.put("CAN", Set.of("BO", "PE", "CO", "EC"));
        members.put("MERCOSUR", Set.of("BO", "UY", "BR"));
        members.put("SICA", Set.of("GT", "CR"));

        assertThat(OfferTotals.bySubRegion(offers, members))
            .extracting(OfferTotals.Total::key, OfferTotals.Total::offers, t -> t.offeredUsd().toPlainString())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("CAN", 3, "1750.75"),
                org.assertj.core.groups.Tuple.tuple("MERCOSUR", 2, "250.25"));
    }

    @Test
    void comparesEachCountrysOffersBetweenTwoCyclesIncludingOnesInOnlyOne() {
        List<OfferTotals.Change> changes = OfferTotals.compare(
            List.of(offer("PE", "A1", "1000.00", "0.00"), offer("BO", "A1", "300.00", "0.00")),
            List.of(offer("PE", "A1", "600.00", "0.00"), offer("PE", "C3", "900.00", "0.00"),
                offer("CL", "C3", "50.00", "0.00")));

        assertThat(changes).extracting(OfferTotals.Change::countryCode, OfferTotals.Change::offersBefore,
                OfferTotals.Change::offersAfter, c -> c.difference().toPlainString())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("BO", 1, 0, "-300.00"),
                org.assertj.core.groups.Tuple.tuple("CL", 0, 1, "50.00"),
                org.assertj.core.groups.Tuple.tuple("PE", 1, 2, "500.00"));
    }

    @Test
    void theShortfallIsWhatTheRatioAsksOfTheGrantBeyondSecuredCofinancing() {
        assertThat(OfferTotals.shortfall(new BigDecimal("1.5"), new BigDecimal("10000.00"), new BigDecimal("4000.00")))
            .isEqualByComparingTo("11000.00");
        assertThat(OfferTotals.shortfall(BigDecimal.ONE, new BigDecimal("100.00"), new BigDecimal("250.00")).signum())
            .isNegative();
    }
}

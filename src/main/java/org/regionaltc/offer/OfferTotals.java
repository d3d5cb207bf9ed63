package org.regionaltc.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Money;
import org.regionaltc.system.Pure;

/**
 * The arithmetic of the offer figures. Each offer counts once in its country's and its theme's total and in the
 * total of every sub-region its country currently belongs to; an offer whose currency has no rate counts in the
 * number of offers but in no amount. Unallocated = offered − confirmed. A co-financing shortfall is the ratio times
 * the grant, less the co-financing already secured.
 */
@Pure
final class OfferTotals {

    /** One offer's US dollar figures, null when its currency has no rate. */
    record Amounts(String country, String theme, @Nullable BigDecimal offeredUsd, @Nullable BigDecimal confirmedUsd) {
    }

    record Total(String key, int offers, BigDecimal offeredUsd, BigDecimal confirmedUsd) {

        public BigDecimal unallocatedUsd() {
            return Money.usd(offeredUsd.subtract(confirmedUsd));
        }

        Total plus(Amounts a) {
            return a.offeredUsd() == null || a.confirmedUsd() == null ? new Total(key, offers + 1, offeredUsd, confirmedUsd)
                : new Total(key, offers + 1, Money.usd(offeredUsd.add(a.offeredUsd())),
                    Money.usd(confirmedUsd.add(a.confirmedUsd())));
        }
    }

    /** One country's offers in two cycles. */
    record Change(String countryCode, int offersBefore, BigDecimal offeredBefore, int offersAfter,
            BigDecimal offeredAfter) {

        public BigDecimal difference() {
            return Money.usd(offeredAfter.subtract(offeredBefore));
        }
    }

    private OfferTotals() {
    }

    static Total overall(Collection<Amounts> offers) {
        Total total = empty("");
        for (Amounts a : offers) {
            total = total.plus(a);
        }
        return total;
    }

    static List<Total> by(Collection<Amounts> offers, Function<Amounts, String> key) {
        Map<String, Total> totals = new TreeMap<>();
        offers.forEach(a -> totals.put(key.apply(a), totals.getOrDefault(key.apply(a), empty(key.apply(a))).plus(a)));
        return List.copyOf(totals.values());
    }

    /** Per sub-region (grouping code → its current member countries), in the order given; empty ones left out. */
    static List<Total> bySubRegion(Collection<Amounts> offers, Map<String, Set<String>> members) {
        List<Total> totals = new ArrayList<>();
        members.forEach((grouping, countries) -> {
            Total sum = empty(grouping);
            for (Amounts a : offers) {
                if (countries.contains(a.country())) {
                    sum = sum.plus(a);
                }
            }
            if (sum.offers() > 0) {
                totals.add(sum);
            }
        });
        return totals;
    }

    static List<Change> compare(Collection<Amounts> before, Collection<Amounts> after) {
        Map<String, Total> was = index(by(before, Amounts::country));
        Map<String, Total> now = index(by(after, Amounts::country));
        Set<String> countries = new TreeSet<>(was.keySet());
        countries.addAll(now.keySet());
        return countries.stream().map(c -> {
            Total b = was.getOrDefault(c, empty(c));
            Total a = now.getOrDefault(c, empty(c));
            return new Change(c, b.offers(), b.offeredUsd(), a.offers(), a.offeredUsd());
        }).toList();
    }

    /** What a ratio asks of a grant beyond the co-financing already secured; zero or less when it is met. */
    static BigDecimal shortfall(BigDecimal ratio, BigDecimal grantUsd, BigDecimal cofinancingUsd) {
        return Money.usd(ratio.multiply(grantUsd).subtract(cofinancingUsd));
    }

    private static Map<String, Total> index(List<Total> totals) {
        Map<String, Total> byKey = new LinkedHashMap<>();
        totals.forEach(t -> byKey.put(t.key(), t));
        return byKey;
    }

    private static Total empty(String key) {
        return new Total(key, 0, Money.usd(BigDecimal.ZERO), Money.usd(BigDecimal.ZERO));
    }
}

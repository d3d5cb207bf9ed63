package org.regionaltc.optimizer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.regionaltc.system.Pure;

/**
 * The optimizer's option on national offers: each country's unallocated offers shared among its candidate projects
 * in proportion to their gaps (the decision of issue 15). A project of several countries receives a share from each.
 * Shares are in cents and a country's shares add up to its amount exactly: each is rounded down and the cents left
 * over go to the largest remainders, so that no money is made or lost in rounding.
 */
@Pure
final class OfferShares {

    /** A candidate project: its id in the problem, its countries and its gap (USD). */
    record Claim(String project, Set<String> countries, long gap) {
    }

    private OfferShares() {
    }

    /** Per country, each claiming project's share of the country's amount; countries nobody claims are left out. */
    static Map<String, Map<String, BigDecimal>> byCountry(Map<String, BigDecimal> unallocated, List<Claim> claims) {
        Map<String, Map<String, BigDecimal>> shares = new TreeMap<>();
        unallocated.forEach((country, amount) -> {
            List<Claim> claiming = claims.stream()
                .filter(c -> c.gap() > 0 && c.countries().contains(country)).toList();
            if (claiming.isEmpty() || amount.signum() <= 0) {
                return;
            }
            shares.put(country, split(amount.setScale(2, RoundingMode.DOWN), claiming));
        });
        return shares;
    }

    /** Each project's potential co-financing: the sum of its shares over its countries. */
    static Map<String, BigDecimal> byProject(Map<String, BigDecimal> unallocated, List<Claim> claims) {
        Map<String, BigDecimal> total = new TreeMap<>();
        byCountry(unallocated, claims).values()
            .forEach(m -> m.forEach((project, share) -> total.merge(project, share, BigDecimal::add)));
        return total;
    }

    private static Map<String, BigDecimal> split(BigDecimal amount, List<Claim> claiming) {
        BigDecimal gaps = BigDecimal.valueOf(claiming.stream().mapToLong(Claim::gap).sum());
        long cents = amount.movePointRight(2).longValueExact();
        Map<String, Long> given = new LinkedHashMap<>();
        List<Map.Entry<String, BigDecimal>> remainders = new ArrayList<>();
        long left = cents;
        for (Claim c : claiming) {
            BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(c.gap()))
                .divide(gaps, 10, RoundingMode.DOWN);
            long whole = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            given.merge(c.project(), whole, Long::sum);
            remainders.add(Map.entry(c.project(), exact.subtract(BigDecimal.valueOf(whole))));
            left -= whole;
        }
        remainders.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; left > 0; i = (i + 1) % remainders.size(), left--) {
            given.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        given.forEach((project, c) -> shares.put(project, BigDecimal.valueOf(c, 2)));
        return shares;
    }
}

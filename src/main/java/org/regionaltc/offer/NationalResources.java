package org.regionaltc.offer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regionaltc.priority.ReviewCycle;
import org.regionaltc.system.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * A cycle's national resources offered, confirmed into co-financing and still unallocated, per country and per
 * theme, in US dollars, for other features' pages and reports (the periodic review report). Only the offers the
 * signed-in user may see count, as on the offers' own page, and only those of the given countries when any are given.
 */
@Component
public class NationalResources {

    /** One line of the figures: a country or theme code ("" for the total) and its sums. */
    public record Line(String key, int offers, BigDecimal offeredUsd, BigDecimal confirmedUsd,
            BigDecimal unallocatedUsd) {
    }

    /** The figures of one cycle; {@code currenciesWithoutRate} lists currencies whose offers count in no amount. */
    public record Summary(Line total, List<Line> byCountry, List<Line> byTheme, Set<String> currenciesWithoutRate) {

        public boolean isEmpty() {
            return total.offers() == 0;
        }
    }

    private final OfferFigures figures;

    NationalResources(OfferFigures figures) {
        this.figures = figures;
    }

    public Summary of(ReviewCycle cycle, Set<String> countries) {
        Optional<SignedInUser> user = SignedInUser.current();
        List<OfferFigures.Row> rows = figures.rows(cycle, user).stream()
            .filter(r -> countries.isEmpty() || countries.contains(r.offer().countryCode())).toList();
        List<OfferTotals.Amounts> amounts = rows.stream().map(OfferFigures.Row::amounts).toList();
        Set<String> withoutRate = new java.util.TreeSet<>();
        rows.stream().filter(r -> r.offeredUsd() == null).forEach(r -> withoutRate.add(r.offer().currency()));
        return new Summary(line(OfferTotals.overall(amounts)),
            OfferTotals.by(amounts, OfferTotals.Amounts::country).stream().map(NationalResources::line).toList(),
            OfferTotals.by(amounts, OfferTotals.Amounts::theme).stream().map(NationalResources::line).toList(),
            Set.copyOf(withoutRate));
    }

    private static Line line(OfferTotals.Total t) {
        return new Line(t.key(), t.offers(), t.offeredUsd(), t.confirmedUsd(), t.unallocatedUsd());
    }
}

package org.regionaltc.offer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.regionaltc.funding.Cofinancing;

/**
 * National resources a country offers towards a priority. {@code confirmed} is the part already confirmed into
 * projects' co-financing, in the offer's currency; {@code carriedToId} names the copy a later cycle made of it.
 */
public record NationalOffer(long id, long priorityId, long cycleId, String countryCode, String currency,
        BigDecimal amount, Cofinancing.Kind kind, String institution, int yearFrom, int yearTo,
        @Nullable String conditions, Firmness firmness, @Nullable Long carriedFromId, @Nullable Long carriedToId,
        BigDecimal confirmed, boolean sample, int version) {

    /** What is left to confirm into co-financing. */
    public BigDecimal remaining() {
        return amount.subtract(confirmed);
    }
}

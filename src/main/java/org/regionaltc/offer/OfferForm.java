package org.regionaltc.offer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An offer as typed on the priority's page or sent to the API; the country is asked only when the priority has none. */
public record OfferForm(@Nullable String countryCode, @Nullable String currency, @Nullable BigDecimal amount,
        @Nullable String kind, @Nullable String institution, @Nullable Integer yearFrom, @Nullable Integer yearTo,
        @Nullable String conditions, @Nullable String firmness, @Nullable Integer version) {

    static OfferForm of(NationalOffer o) {
        return new OfferForm(o.countryCode(), o.currency(), o.amount(), o.kind().name(), o.institution(), o.yearFrom(),
            o.yearTo(), o.conditions(), o.firmness().name(), o.version());
    }
}

package org.regionaltc.offer;

import java.util.Arrays;
import java.util.List;
import org.regionaltc.system.Csv;

/** A cycle's offers as CSV (RFC 4180, UTF-8, one header row), amounts in their currency and in US dollars. */
final class OfferCsv {

    static final List<String> HEADER = List.of("cycle_id", "offer_id", "priority_id", "priority_title", "level",
        "country_code", "thematic_area_code", "institution", "kind", "firmness", "currency", "amount", "confirmed",
        "remaining", "year_from", "year_to", "conditions", "offered_usd", "confirmed_usd", "unallocated_usd",
        "carried_from_id");

    private OfferCsv() {
    }

    static String write(List<OfferFigures.Row> rows) {
        return Csv.write(HEADER, rows, r -> Arrays.asList(r.offer().cycleId(), r.offer().id(), r.priority().id(),
            r.priority().title(), r.priority().level().name(), r.offer().countryCode(), r.priority().thematicAreaCode(),
            r.offer().institution(), r.offer().kind().name(), r.offer().firmness().name(), r.offer().currency(),
            r.offer().amount(), r.offer().confirmed(),
            r.offer().remaining(), r.offer().yearFrom(), r.offer().yearTo(), r.offer().conditions(),
            r.offeredUsd(), r.confirmedUsd(), r.unallocatedUsd(), r.offer().carriedFromId()));
    }
}

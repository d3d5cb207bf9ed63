package org.regionaltc.alliance;

import org.jspecify.annotations.Nullable;

/** An organisation the programme works with: ECLAC, IDB, CAF, SELA, an integration body, a university, an agency. */
public record Partner(long id, String name, @Nullable String acronym, Kind kind, @Nullable String countryCode,
        @Nullable String website, @Nullable String description, boolean sample, int version) {

    public enum Kind {
        REGIONAL_COMMISSION, DEVELOPMENT_BANK, INTEGRATION_BODY, UNIVERSITY, INDUSTRY_ASSOCIATION, NATIONAL_AGENCY, OTHER
    }

    public String label() {
        return acronym == null ? name : acronym + " — " + name;
    }
}

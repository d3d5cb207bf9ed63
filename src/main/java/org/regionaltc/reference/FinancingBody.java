package org.regionaltc.reference;

import org.jspecify.annotations.Nullable;

/** A donor or financing body: a vertical fund, a donor country, the EU, a UNIDO fund, a recipient government… */
public record FinancingBody(String code, String name, Type type, @Nullable String iatiOrgRef,
        @Nullable String countryCode, @Nullable String website, @Nullable String notes) {

    public enum Type {
        BILATERAL, MULTILATERAL, VERTICAL_FUND, UNIDO_FUND, EU, RECIPIENT_GOVERNMENT, PRIVATE_SECTOR, DEVELOPMENT_BANK
    }
}

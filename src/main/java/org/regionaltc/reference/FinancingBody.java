package org.regionaltc.reference;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A donor or financing body: a vertical fund, a donor country, the EU, a UNIDO fund, a recipient government… */
public record FinancingBody(String code, String name, Type type, @Nullable String iatiOrgRef,
        @Nullable String countryCode, @Nullable String website, @Nullable String notes, @Nullable String nameEs,
        @Nullable String nameFr, @Nullable String namePt) {

    /** The name in the reader's language; a body without a translation keeps its English name. */
    public String nameIn(Locale locale) {
        String translated = switch (locale.getLanguage()) {
            case "es" -> nameEs;
            case "fr" -> nameFr;
            case "pt" -> namePt;
            default -> null;
        };
        return translated == null ? name : translated;
    }

    public enum Type {
        BILATERAL, MULTILATERAL, VERTICAL_FUND, UNIDO_FUND, EU, RECIPIENT_GOVERNMENT, PRIVATE_SECTOR, DEVELOPMENT_BANK
    }
}

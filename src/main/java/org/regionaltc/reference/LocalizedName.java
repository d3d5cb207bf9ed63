package org.regionaltc.reference;

import java.util.Locale;

/** A name in the programme's four languages, shown in the reader's. */
public record LocalizedName(String en, String es, String fr, String pt) {

    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "es" -> es;
            case "fr" -> fr;
            case "pt" -> pt;
            default -> en;
        };
    }

    @Override
    public String toString() {
        return en;
    }
}

package org.regionaltc.reference;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A GRULAC member state and its profile: the national industrial policy the country works from. */
public record Country(String code, String iso3, LocalizedName name, @Nullable String industrialPolicyTitle,
        @Nullable String industrialPolicyUrl, @Nullable Integer industrialPolicyYear, @Nullable String profileNotes,
        boolean profileIsSample, int version) {

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    Profile profile() {
        return new Profile(industrialPolicyTitle, industrialPolicyUrl, industrialPolicyYear, profileNotes);
    }

    /** The part of a country that its focal points and the secretariat edit. */
    public record Profile(@Nullable String industrialPolicyTitle, @Nullable String industrialPolicyUrl,
            @Nullable Integer industrialPolicyYear, @Nullable String profileNotes) {
    }
}

package org.regionaltc.reference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Text;

/** What a focal point or officer edits on a country's profile; {@code version} guards against lost updates. */
record CountryProfileForm(
        @Size(max = 300) @Nullable String industrialPolicyTitle,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "must be an http(s) link")
        @Nullable String industrialPolicyUrl,
        @Min(1950) @Max(2100) @Nullable Integer industrialPolicyYear,
        @Size(max = 4000) @Nullable String profileNotes,
        @NotNull Integer version) {

    static CountryProfileForm of(Country country) {
        return new CountryProfileForm(country.industrialPolicyTitle(), country.industrialPolicyUrl(),
            country.industrialPolicyYear(), country.profileNotes(), country.version());
    }

    Country.Profile profile() {
        return new Country.Profile(Text.blankToNull(industrialPolicyTitle), Text.blankToNull(industrialPolicyUrl),
            industrialPolicyYear, Text.blankToNull(profileNotes));
    }

}

package org.regionaltc.financing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regionaltc.reference.FinancingBody;

/**
 * A financing body as the secretariat records it: its type, IATI organisation identifier (registration agency,
 * a hyphen, the identifier: XM-DAC-41123, GB-COH-01234567), country and notes; its name in Spanish, French and
 * Portuguese may stay empty, and the English name is shown then; version guards against lost updates.
 */
record BodyDetails(
        @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,20}", message = "must be 2 to 20 capital letters, digits, - or _")
        @Nullable String code,
        @NotBlank @Size(max = 300) @Nullable String name,
        @Size(max = 300) @Nullable String nameEs,
        @Size(max = 300) @Nullable String nameFr,
        @Size(max = 300) @Nullable String namePt,
        @NotNull FinancingBody.@Nullable Type type,
        @Size(max = 100) @Pattern(regexp = "^$|^[A-Z]{2}-[A-Za-z0-9]+(-[A-Za-z0-9._]+)*$",
            message = "must look like XM-DAC-41123: an IATI registration agency, a hyphen, an identifier")
        @Nullable String iatiOrgRef,
        @Pattern(regexp = "^$|^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code") @Nullable String countryCode,
        @Size(max = 300) @Pattern(regexp = "^$|^https?://\\S+$", message = "must be an http(s) link") @Nullable String website,
        @Size(max = 4000) @Nullable String notes,
        @Nullable Integer version) {

    /** A new body named after an IATI publisher; values too long or malformed are left for the officer to type. */
    static BodyDetails prefilled(@Nullable String name, @Nullable String iatiOrgRef) {
        String n = name == null || name.isBlank() || name.length() > 300 ? null : name.strip();
        String ref = iatiOrgRef == null || !iatiOrgRef.matches("[A-Z]{2}-[A-Za-z0-9]+(-[A-Za-z0-9._]+)*")
            || iatiOrgRef.length() > 100 ? null : iatiOrgRef;
        return new BodyDetails(null, n, null, null, null, FinancingBody.Type.BILATERAL, ref, null, null, null, null);
    }

    static BodyDetails empty() {
        return new BodyDetails(null, null, null, null, null, FinancingBody.Type.BILATERAL, null, null, null, null, null);
    }
}

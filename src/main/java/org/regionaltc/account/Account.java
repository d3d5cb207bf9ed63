package org.regionaltc.account;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Role;

/** A user account: a focal point is bound to one or more countries, a donor to one financing body. */
record Account(long id, String username, String displayName, @Nullable String email, String passwordHash, Role role,
        Set<String> countries, @Nullable String financingBody, boolean enabled, OffsetDateTime createdAt,
        int version) {

    Account {
        countries = Set.copyOf(new TreeSet<>(countries));
        checkBindings(role, countries, financingBody);
    }

    static void checkBindings(Role role, Set<String> countries, @Nullable String financingBody) {
        if (role == Role.FOCAL_POINT && countries.isEmpty()) {
            throw new InvalidInput("countries", "error.account.focalPointCountries");
        }
        if (role != Role.FOCAL_POINT && !countries.isEmpty()) {
            throw new InvalidInput("countries", "error.account.countriesOnlyFocalPoint");
        }
        if (role == Role.DONOR && financingBody == null) {
            throw new InvalidInput("financingBody", "error.account.donorBody");
        }
        if (role != Role.DONOR && financingBody != null) {
            throw new InvalidInput("financingBody", "error.account.bodyOnlyDonor");
        }
    }

    /** What the audit trail records of an account: never the hash itself, only that it changed. */
    record Audited(String username, String displayName, @Nullable String email, String passwordHash, Role role,
            Set<String> countries, @Nullable String financingBody, boolean enabled) {
    }

    Audited audited() {
        return new Audited(username, displayName, email, passwordHash, role, countries, financingBody, enabled);
    }
}

package org.regionaltc.account;

import java.util.List;
import java.util.UUID;

/** Accounts for tests: each call creates a new one with a unique username and {@link #PASSWORD}. */
public final class AccountFixtures {

    public static final String PASSWORD = "a-long-enough-password";

    private AccountFixtures() {
    }

    public static String anAccount(AccountAdministration administration, String role, String... countries) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(username, PASSWORD, "Test " + role, null, role, List.of(countries), null);
        return username;
    }

    public static String anOfficer(AccountAdministration administration) {
        return anAccount(administration, "OFFICER");
    }

    public static String aFocalPointOf(AccountAdministration administration, String... countries) {
        return anAccount(administration, "FOCAL_POINT", countries);
    }
}

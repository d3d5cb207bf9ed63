package org.regionaltc.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Role;
import org.regionaltc.system.Text;

/** The user form of the administration page and the body of the users API; the password only on creation. */
record AccountForm(
        @Size(min = 3, max = 60) @Nullable String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) @Nullable String email,
        @NotNull Role role,
        @Nullable List<String> countries,
        @Nullable String financingBody,
        @Nullable Boolean enabled,
        @Nullable String password,
        @Nullable Integer version) {

    static AccountForm blank() {
        return new AccountForm("", "", "", Role.FOCAL_POINT, List.of(), "", true, "", 0);
    }

    static AccountForm of(Account account) {
        return new AccountForm(account.username(), account.displayName(), account.email(), account.role(),
            new ArrayList<>(account.countries()), account.financingBody(), account.enabled(), null, account.version());
    }

    Accounts.Details details() {
        return details(displayName, email, role.name(), countries == null ? List.of() : countries, financingBody,
            enabled == null || enabled);
    }

    static Accounts.Details details(String displayName, @Nullable String email, String role, List<String> countries,
            @Nullable String financingBody, boolean enabled) {
        Role parsed;
        try {
            parsed = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", "error.account.role");
        }
        Set<String> codes = new TreeSet<>();
        countries.stream().filter(c -> !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT)).forEach(codes::add);
        return new Accounts.Details(displayName.strip(), Text.blankToNull(email), parsed, codes, Text.blankToNull(financingBody),
            enabled);
    }

}

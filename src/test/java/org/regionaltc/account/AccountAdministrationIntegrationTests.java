package org.regionaltc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest
class AccountAdministrationIntegrationTests {

    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    private static String aUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aFocalPointActsForItsOwnCountriesOnly() {
        String username = aUsername();
        administration.create(username, PASSWORD, "Rosa Focal", "rosa@example.org", "focal_point", List.of("pe", "BO"), null);
        SignedInUser user = (SignedInUser) users.loadUserByUsername(username.toUpperCase());
        assertThat(user.role()).isEqualTo(Role.FOCAL_POINT);
        assertThat(user.countries()).containsExactlyInAnyOrder("PE", "BO");
        assertThat(user.canActFor("PE")).isTrue();
        assertThat(user.canActFor("CL")).isFalse();
        assertThat(user.getPassword()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void rejectsAFocalPointWithoutCountryOrWithAnUnknownOne() {
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "FOCAL_POINT", List.of(), null))
            .isInstanceOf(InvalidInput.class).hasMessage("countries: a focal point must be bound to at least one country");
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "FOCAL_POINT", List.of("US"), null))
            .isInstanceOf(InvalidInput.class).hasMessage("countries: US is not a GRULAC country code");
    }

    @Test
    void aDonorIsBoundToExactlyOneKnownFinancingBody() {
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "DONOR", List.of(), null))
            .isInstanceOf(InvalidInput.class).hasMessageContaining("financingBody");
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "DONOR", List.of(), "NOPE"))
            .isInstanceOf(InvalidInput.class).hasMessage("financingBody: NOPE is not a known financing body");
        String username = aUsername();
        administration.create(username, PASSWORD, "GEF desk", null, "DONOR", List.of(), "GEF");
        assertThat(((SignedInUser) users.loadUserByUsername(username)).financingBody()).isEqualTo("GEF");
    }

    @Test
    void rejectsShortPasswordsUnknownRolesAndTakenUsernames() {
        assertThatThrownBy(() -> administration.create(aUsername(), "short", "X", null, "OFFICER", List.of(), null))
            .isInstanceOf(InvalidInput.class).hasMessage("password: must be at least 12 characters long");
        assertThatThrownBy(() -> administration.create(aUsername(), "aaaaaaaaaaaaaaaa", "X", null, "OFFICER", List.of(), null))
            .isInstanceOf(InvalidInput.class).hasMessageStartingWith("password: is too easy to guess");
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "GOD", List.of(), null))
            .isInstanceOf(InvalidInput.class).hasMessageStartingWith("role:");
        String username = aUsername();
        administration.create(username, PASSWORD, "X", null, "OFFICER", List.of(), null);
        assertThatThrownBy(() -> administration.create(username, PASSWORD, "Y", null, "OFFICER", List.of(), null))
            .isInstanceOf(Conflict.class);
    }

    @Test
    void anUpdateWithAStaleVersionIsAConflict() {
        String username = aUsername();
        long id = administration.create(username, PASSWORD, "Old name", null, "OFFICER", List.of(), null);
        Accounts.Details details = new Accounts.Details("New name", null, Role.OFFICER, java.util.Set.of(), null, true);
        accounts.update(id, 0, details);
        assertThat(accounts.get(id).displayName()).isEqualTo("New name");
        assertThatThrownBy(() -> accounts.update(id, 0, details)).isInstanceOf(Conflict.class);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        String username = aUsername();
        long id = administration.create(username, PASSWORD, "Leaving", null, "OFFICER", List.of(), null);
        accounts.update(id, 0, new Accounts.Details("Leaving", null, Role.OFFICER, java.util.Set.of(), null, false));
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
    }
}

package org.regionaltc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
class AccountAdministrationIntegrationTests {

    @Autowired
    org.springframework.context.MessageSource englishMessages;

    /** The errors as the command line and an English page word them. */
    private String english(RuntimeException e) {
        return org.regionaltc.system.InputErrors.describe(e, englishMessages, java.util.Locale.ENGLISH);
    }


    private static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountAdministration administration;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

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
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).isEqualTo("countries: a focal point must be bound to at least one country"));
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "FOCAL_POINT", List.of("US"), null))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).isEqualTo("countries: US is not a GRULAC country code"));
    }

    @Test
    void aDonorIsBoundToExactlyOneKnownFinancingBody() {
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "DONOR", List.of(), null))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).contains("financingBody"));
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "DONOR", List.of(), "NOPE"))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).isEqualTo("financingBody: is not a known financing body: NOPE"));
        String username = aUsername();
        administration.create(username, PASSWORD, "GEF desk", null, "DONOR", List.of(), "GEF");
        assertThat(((SignedInUser) users.loadUserByUsername(username)).financingBody()).isEqualTo("GEF");
    }

    @Test
    void rejectsShortPasswordsUnknownRolesAndTakenUsernames() {
        assertThatThrownBy(() -> administration.create(aUsername(), "short", "X", null, "OFFICER", List.of(), null))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).isEqualTo("password: must be at least 12 characters long"));
        assertThatThrownBy(() -> administration.create(aUsername(), "aaaaaaaaaaaaaaaa", "X", null, "OFFICER", List.of(), null))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).startsWith("password: is too easy to guess"));
        assertThatThrownBy(() -> administration.create(aUsername(), PASSWORD, "X", null, "GOD", List.of(), null))
            .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(english(e)).startsWith("role:"));
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

    @Test
    void anotherAdministratorCanBeDisabledOrDemotedWhileOneRemains() {
        long first = administration.create(aUsername(), PASSWORD, "First admin", null, "ADMIN", List.of(), null);
        long second = administration.create(aUsername(), PASSWORD, "Second admin", null, "ADMIN", List.of(), null);
        accounts.update(first, 0, new Accounts.Details("First admin", null, Role.OFFICER, Set.of(), null, true));
        accounts.update(second, 0, new Accounts.Details("Second admin", null, Role.ADMIN, Set.of(), null, false));
        assertThat(accounts.get(first).role()).isEqualTo(Role.OFFICER);
        assertThat(accounts.get(second).enabled()).isFalse();
    }

    /** Rolled back, so disabling everyone else's administrator accounts leaves other tests untouched. */
    @Test
    @Transactional
    void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
        long last = administration.create(aUsername(), PASSWORD, "Last admin", null, "ADMIN", List.of(), null);
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN' AND id <> :id").param("id", last).update();
        assertThatThrownBy(() -> accounts.update(last, 0,
                new Accounts.Details("Last admin", null, Role.ADMIN, Set.of(), null, false)))
            .isInstanceOfSatisfying(Conflict.class, e -> assertThat(english(e)).contains("at least one enabled administrator"));
        assertThatThrownBy(() -> accounts.update(last, 0,
                new Accounts.Details("Last admin", null, Role.OFFICER, Set.of(), null, true)))
            .isInstanceOfSatisfying(Conflict.class, e -> assertThat(english(e)).contains("at least one enabled administrator"));
        accounts.update(last, 0, new Accounts.Details("Still the admin", null, Role.ADMIN, Set.of(), null, true));
        assertThat(accounts.get(last).displayName()).isEqualTo("Still the admin");
    }
}

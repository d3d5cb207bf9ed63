package org.regionaltc.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creating accounts and setting passwords, with the password rules, for the pages, the API and the CLI alike. */
@Service
public class AccountAdministration {

    static final int MIN_PASSWORD_LENGTH = 12;

    /** An account as listed by the CLI and the API: no password hash. */
    public record Listing(long id, String username, String displayName, @Nullable String email, String role,
            List<String> countries, @Nullable String financingBody, boolean enabled) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    AccountAdministration(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    long create(String username, String password, Accounts.Details details) {
        checkPassword("password", password);
        return accounts.create(username, encoder.encode(password), details);
    }

    /** Creates an account from the command line; the role and bindings come as text and are checked here. */
    public long create(String username, String password, String displayName, @Nullable String email, String role,
            List<String> countries, @Nullable String financingBody) {
        return create(username, password, AccountForm.details(displayName, email, role, countries, financingBody, true));
    }

    void changePassword(long id, String password) {
        checkPassword("password", password);
        accounts.changePassword(id, encoder.encode(password));
    }

    public List<Listing> list() {
        return accounts.findAll().stream().map(AccountAdministration::listing).toList();
    }

    static Listing listing(Account a) {
        return new Listing(a.id(), a.username(), a.displayName(), a.email(), a.role().name(),
            a.countries().stream().sorted().toList(), a.financingBody(), a.enabled());
    }

    public static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** bcrypt reads at most 72 bytes; a longer password would be refused by the encoder (or silently cut). */
    static final int MAX_PASSWORD_BYTES = 72;

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    static void checkPassword(String field, String password) {
        if (!fitsBcrypt(password)) {
            throw new InvalidInput(field, "error.password.tooLong", MAX_PASSWORD_BYTES);
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput(field, "error.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (password.isBlank() || password.chars().distinct().count() < 5) {
            throw new InvalidInput(field, "error.password.easy");
        }
    }
}

package org.regionaltc.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Username and password pairs that bcrypt accepted a moment ago, so that an API client sending HTTP Basic on every
 * request pays bcrypt (about 100 ms of a core) once every few minutes instead of on every call. Kept by a SHA-256 of a
 * random per-process salt, the username and the password: the password itself is never kept, and the keys are
 * useless outside this process. Each entry holds the stored hash the password was checked against, and a hit counts
 * only while the account still has that hash, read afresh from the database by the caller: so a password changed
 * on any node stops working at once everywhere. A failure or a change of the account also forgets the username here.
 */
@Component
class VerifiedCredentials {

    static final Duration KEPT_FOR = Duration.ofMinutes(5);

    private record Verified(String username, String passwordHash) {
    }

    private final byte[] salt = new byte[32];
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
        .expireAfterWrite(KEPT_FOR).maximumSize(10_000).build();

    VerifiedCredentials() {
        new SecureRandom().nextBytes(salt);
    }

    /** Whether bcrypt accepted this password for this username, against the hash the account still has. */
    boolean accepted(String username, String password, String currentPasswordHash) {
        Verified known = verified.getIfPresent(key(username, password));
        return known != null && MessageDigest.isEqual(known.passwordHash().getBytes(StandardCharsets.UTF_8),
            currentPasswordHash.getBytes(StandardCharsets.UTF_8));
    }

    void remember(String username, String password, String passwordHash) {
        verified.put(key(username, password), new Verified(normalized(username), passwordHash));
    }

    void forget(String username) {
        String name = normalized(username);
        verified.asMap().values().removeIf(v -> v.username().equals(name));
    }

    @EventListener
    void on(AccountChanged changed) {
        forget(changed.username());
    }

    int size() {
        verified.cleanUp();
        return (int) verified.estimatedSize();
    }

    private String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(normalized(username).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Usernames sign in whatever their case (the account lookup ignores it), as the throttle counts them. */
    private static String normalized(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}

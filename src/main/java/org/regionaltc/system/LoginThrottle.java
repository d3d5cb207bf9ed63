package org.regionaltc.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-ins for a while after repeated failures for one username from one client address, through the form
 * and HTTP Basic alike. Counted per address so that a stranger cannot lock a focal point out (before a deadline, say)
 * by failing on purpose; counted in the database so that the limit holds across application nodes.
 */
@Component
public class LoginThrottle {

    /** Bounds the table when someone tries many made-up usernames within one lockout. */
    static final int MAX_TRACKED = 10_000;

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;
    private final int maxTracked;

    @Autowired
    LoginThrottle(JdbcClient jdbc, SecuritySettings settings) {
        this(jdbc, settings, Clock.systemUTC(), MAX_TRACKED);
    }

    LoginThrottle(JdbcClient jdbc, SecuritySettings settings, Clock clock, int maxTracked) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.maxTracked = maxTracked;
    }

    public boolean isLocked(String username, String clientAddress) {
        return jdbc.sql("""
                SELECT failures FROM login_failure
                WHERE username_key = :username AND client_address = :address AND first_at >= :since
                """)
            .param("username", key(username)).param("address", address(clientAddress)).param("since", since())
            .query(Integer.class).optional()
            .map(failures -> failures >= settings.maxFailedLogins())
            .orElse(false);
    }

    public Duration lockout() {
        return settings.lockout();
    }

    void failed(String username, String clientAddress) {
        if (countAgain(username, clientAddress) > 0) {
            return;
        }
        // A first failure in this window: make room by purging what has expired, this pair's old row included.
        jdbc.sql("DELETE FROM login_failure WHERE first_at < :since").param("since", since()).update();
        try {
            jdbc.sql("""
                    INSERT INTO login_failure (username_key, client_address, failures, first_at)
                    VALUES (:username, :address, 1, :now)
                    """)
                .param("username", key(username)).param("address", address(clientAddress))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        } catch (DuplicateKeyException e) {
            countAgain(username, clientAddress); // another node inserted it first
        }
        forgetOldestBeyondLimit();
    }

    private int countAgain(String username, String clientAddress) {
        return jdbc.sql("""
                UPDATE login_failure SET failures = failures + 1
                WHERE username_key = :username AND client_address = :address AND first_at >= :since
                """)
            .param("username", key(username)).param("address", address(clientAddress)).param("since", since())
            .update();
    }

    /** When none has expired, the oldest failures are forgotten: the table stays bounded whatever comes in. */
    private void forgetOldestBeyondLimit() {
        int beyond = jdbc.sql("SELECT COUNT(*) FROM login_failure").query(Integer.class).single() - maxTracked;
        if (beyond > 0) {
            jdbc.sql("""
                    DELETE FROM login_failure WHERE id IN
                        (SELECT id FROM login_failure ORDER BY first_at, id LIMIT :beyond)
                    """)
                .param("beyond", beyond).update();
        }
    }

    int tracked() {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure").query(Integer.class).single();
    }

    void succeeded(String username, String clientAddress) {
        jdbc.sql("DELETE FROM login_failure WHERE username_key = :username AND client_address = :address")
            .param("username", key(username)).param("address", address(clientAddress)).update();
    }

    private OffsetDateTime since() {
        Instant now = clock.instant();
        return OffsetDateTime.ofInstant(now.minus(settings.lockout()), ZoneOffset.UTC);
    }

    /** No account has a longer username than this, so a longer attempt need not be told apart from its start. */
    private static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static String address(String clientAddress) {
        return clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
    }
}

package org.regionaltc.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed logins, through the form and HTTP Basic alike.
 * Kept in memory: a restart forgets, which is acceptable for slowing down password guessing on one node.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant firstAt) {
    }

    /** Bounds memory when someone tries many made-up usernames; each one would otherwise stay until it is retried. */
    static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SecuritySettings settings;
    private final Clock clock;

    @Autowired
    LoginThrottle(SecuritySettings settings) {
        this(settings, Clock.systemUTC());
    }

    LoginThrottle(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        if (f == null) {
            return false;
        }
        if (expired(f)) {
            failures.remove(key(username), f);
            return false;
        }
        return f.count() >= settings.maxFailedLogins();
    }

    public Duration lockout() {
        return settings.lockout();
    }

    void failed(String username) {
        failures.compute(key(username), (k, f) -> f == null || expired(f)
                ? new Failures(1, clock.instant())
                : new Failures(f.count() + 1, f.firstAt()));
        if (failures.size() > MAX_TRACKED) {
            prune();
        }
    }

    private void prune() {
        failures.entrySet().removeIf(e -> expired(e.getValue()));
        // Usually one too many: drop the oldest with one pass rather than sorting all 10,000.
        while (failures.size() > MAX_TRACKED) {
            failures.entrySet().stream().min(Comparator.comparing(e -> e.getValue().firstAt()))
                .ifPresent(e -> failures.remove(e.getKey(), e.getValue()));
        }
    }

    int tracked() {
        return failures.size();
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private boolean expired(Failures f) {
        return f.firstAt().plus(settings.lockout()).isBefore(clock.instant());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}

package org.regionaltc.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How many API requests each client may send (tc.limits.rate.*): a token bucket per client, refilled at
 * {@code requestsPerSecond} up to {@code burst}. A client is a signed-in username, or else an address. Kept in
 * this node's memory: with two nodes behind a balancer a client gets the limit on each.
 */
@Component
class RateLimits {

    /** Buckets kept before full ones (clients idle long enough to be back at their burst) are dropped. */
    private static final int KEPT = 10_000;

    /** A refused request: the client's limit and how long until it may send the next. */
    record Refusal(double requestsPerSecond, int burst, long retryAfterSeconds) {
    }

    private final LimitSettings.Rate settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(LimitSettings settings) {
        this.settings = settings.rate();
    }

    /** Takes one request from the bucket of {@code username}, or of {@code address} when no one is signed in. */
    @Nullable Refusal take(@Nullable String username, String address, long nanos) {
        if (!settings.enabled()) {
            return null;
        }
        String client = username != null ? username : address;
        LimitSettings.Client own = settings.clients().get(client);
        double rate = own != null ? own.requestsPerSecond() : settings.requestsPerSecond();
        int burst = own != null ? own.burst() : settings.burst();
        if (buckets.size() > KEPT) {
            buckets.values().removeIf(b -> b.isFull(rate, burst, nanos));
        }
        long wait = buckets.computeIfAbsent((username != null ? "user " : "address ") + client,
            k -> new Bucket(burst, nanos)).take(rate, burst, nanos);
        return wait == 0 ? null : new Refusal(rate, burst, Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int burst, long nanos) {
            this.tokens = burst;
            this.at = nanos;
        }

        /** 0 when a token was taken, else the nanoseconds until one is back. */
        synchronized long take(double rate, int burst, long nanos) {
            refill(rate, burst, nanos);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / rate * 1e9);
        }

        synchronized boolean isFull(double rate, int burst, long nanos) {
            refill(rate, burst, nanos);
            return tokens >= burst;
        }

        private void refill(double rate, int burst, long nanos) {
            tokens = Math.min(burst, tokens + (nanos - at) / 1e9 * rate);
            at = nanos;
        }
    }
}

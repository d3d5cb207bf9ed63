package org.regionaltc.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.regionaltc.system.Pure;

/**
 * How many refused anonymous requests of each client address the audit trail records one by one: the first
 * {@code perMinute} of each address's minute, then one tally of the rest when that minute is over. Past
 * {@code maxAddresses} addresses in a minute (a spread-out flood), new ones share one window, so memory stays bounded.
 */
@Pure
final class RefusalWindows {

    static final String OTHER_ADDRESSES = "other addresses";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Refusals of one address in a minute that were not recorded one by one. */
    record Tally(String address, Instant from, Instant to, int unrecorded) {
    }

    private static final class Window {
        final Instant start;
        Instant last;
        int count;

        Window(Instant start) {
            this.start = start;
            this.last = start;
        }
    }

    private final int perMinute;
    private final int maxAddresses;
    private final Map<String, Window> windows = new HashMap<>();

    RefusalWindows(int perMinute, int maxAddresses) {
        this.perMinute = perMinute;
        this.maxAddresses = maxAddresses;
    }

    /** Counts a refusal; true when it is to be recorded on its own. Call {@link #close} first to end past minutes. */
    synchronized boolean admit(String address, Instant now) {
        String key = windows.containsKey(address) || windows.size() < maxAddresses ? address : OTHER_ADDRESSES;
        Window window = windows.computeIfAbsent(key, k -> new Window(now));
        window.count++;
        window.last = now;
        return window.count <= perMinute && !key.equals(OTHER_ADDRESSES);
    }

    /** Ends the windows whose minute is over at {@code now}, and returns those that left refusals unrecorded. */
    synchronized List<Tally> close(Instant now) {
        List<Tally> tallies = new ArrayList<>();
        for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Window> entry = it.next();
            Window window = entry.getValue();
            if (!now.isBefore(window.start.plus(MINUTE))) {
                it.remove();
                int recorded = entry.getKey().equals(OTHER_ADDRESSES) ? 0 : perMinute;
                if (window.count > recorded) {
                    tallies.add(new Tally(entry.getKey(), window.start, window.last, window.count - recorded));
                }
            }
        }
        return tallies;
    }

    /** Ends every window, whatever its age (the node is stopping). */
    synchronized List<Tally> closeAll() {
        return close(Instant.MAX.minus(MINUTE));
    }
}

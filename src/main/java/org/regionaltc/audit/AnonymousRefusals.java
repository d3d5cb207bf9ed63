package org.regionaltc.audit;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.regionaltc.system.AnonymousRequestRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records refused anonymous requests in the audit trail without letting a client flood it: see {@link RefusalWindows}.
 * Each node counts its own refusals; a tally is written when its minute is over, found by a sweep every few seconds,
 * or when the node stops.
 */
@Component
class AnonymousRefusals {

    private final AuditTrail trail;
    private final RefusalWindows windows;
    private final Clock clock;
    private final ScheduledExecutorService sweeper;

    AnonymousRefusals(AuditTrail trail, AuditSettings settings) {
        this.trail = trail;
        this.windows = new RefusalWindows(settings.refusedPerAddressPerMinute(), settings.refusedAddressesFollowed());
        this.clock = Clock.systemUTC();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
            .name("audit-refusal-tallies").factory());
        sweeper.scheduleWithFixedDelay(() -> close(clock.instant()), 5, 5, TimeUnit.SECONDS);
    }

    @EventListener
    void on(AnonymousRequestRefused refused) {
        Instant now = clock.instant();
        close(now);
        if (windows.admit(refused.clientAddress(), now)) {
            trail.refusedAnonymous(refused.clientAddress(), refused.method(), refused.path());
        }
    }

    /** Writes the tallies of the minutes over at {@code now}. */
    void close(Instant now) {
        windows.close(now).forEach(trail::unrecordedRefusals);
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        windows.closeAll().forEach(trail::unrecordedRefusals);
    }
}

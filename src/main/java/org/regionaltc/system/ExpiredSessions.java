package org.regionaltc.system;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the sessions that expired from the session table (PostgreSQL), on one node at a time: Spring Session's
 * own cleanup would run on every node at once (its cron is off, spring.session.jdbc.cleanup-cron=-). In-memory
 * sessions (H2) expire in the servlet container and need nothing here.
 */
@Component
@ConditionalOnWebApplication
class ExpiredSessions {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

    private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

    ExpiredSessions(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${tc.jobs.session-cleanup-cron}")
    @SchedulerLock(name = "expired-session-cleanup", lockAtLeastFor = "1s", lockAtMostFor = "10m")
    void cleanUp() {
        JdbcIndexedSessionRepository repository = sessions.getIfAvailable();
        if (repository != null) {
            // One line per run, whatever it removed: the two-node test counts the runs in the nodes' logs.
            log.debug("Expired-session cleanup ran on {}", Scheduling.node());
            repository.cleanUpExpiredSessions();
        }
    }
}

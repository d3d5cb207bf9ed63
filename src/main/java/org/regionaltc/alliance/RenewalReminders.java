package org.regionaltc.alliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.regionaltc.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily renewal reminder: every ACTIVE agreement due within {@link Agreement#REMINDER_DAYS} days gets one
 * reminder per due date, recorded with an audit entry and shown to the secretariat beside the agreement. One node
 * runs the job at a time (ShedLock), and the unique key on agreement and due date keeps a second run from
 * reminding again; a new due date (the agreement renewed) is reminded afresh.
 */
@Component
class RenewalReminders {

    private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);

    /** What the audit trail records: the agreement and the due date it was reminded of. */
    record Reminder(long agreementId, LocalDate dueOn, OffsetDateTime remindedAt) {
    }

    private final JdbcClient jdbc;
    private final Partners partners;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    RenewalReminders(JdbcClient jdbc, Partners partners, AuditTrail audit, TransactionTemplate transactions) {
        this(jdbc, partners, audit, transactions, Clock.systemUTC());
    }

    RenewalReminders(JdbcClient jdbc, Partners partners, AuditTrail audit, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${tc.jobs.agreement-reminder-cron}")
    @SchedulerLock(name = "agreement-renewal-reminder", lockAtLeastFor = "1s", lockAtMostFor = "10m")
    void remindDaily() {
        int reminded = remind();
        if (reminded > 0) {
            log.info("Recorded {} agreement renewal reminder(s)", reminded);
        }
    }

    /** Records a reminder for each agreement now due that has none for its due date; returns how many. */
    int remind() {
        int reminded = 0;
        for (Agreement agreement : partners.dueWithin(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            LocalDate dueOn = Objects.requireNonNull(agreement.dueOn());
            Boolean recorded = transactions.execute(status -> record(agreement.id(), dueOn));
            if (Boolean.TRUE.equals(recorded)) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean record(long agreementId, LocalDate dueOn) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int inserted = jdbc.sql("""
                INSERT INTO agreement_reminder (agreement_id, due_on, reminded_at)
                SELECT :agreement, :dueOn, :now
                WHERE NOT EXISTS (SELECT 1 FROM agreement_reminder WHERE agreement_id = :agreement AND due_on = :dueOn)
                """)
            .param("agreement", agreementId).param("dueOn", dueOn).param("now", now)
            .update();
        if (inserted == 1) {
            audit.created("AgreementReminder", agreementId, new Reminder(agreementId, dueOn, now));
        }
        return inserted == 1;
    }

    /** When each of {@code agreements} was reminded of its current due date, for those that were. */
    Map<Long, OffsetDateTime> remindedOf(Collection<Agreement> agreements) {
        Map<Long, OffsetDateTime> reminded = new HashMap<>();
        List<Long> ids = agreements.stream().filter(a -> a.dueOn() != null).map(Agreement::id).toList();
        if (ids.isEmpty()) {
            return reminded;
        }
        Map<Long, LocalDate> due = new HashMap<>();
        agreements.forEach(a -> due.put(a.id(), a.dueOn()));
        jdbc.sql("SELECT agreement_id, due_on, reminded_at FROM agreement_reminder WHERE agreement_id IN (:ids)")
            .param("ids", ids)
            .query(rs -> {
                long id = rs.getLong("agreement_id");
                if (rs.getObject("due_on", LocalDate.class).equals(due.get(id))) {
                    reminded.put(id, rs.getObject("reminded_at", OffsetDateTime.class));
                }
            });
        return reminded;
    }
}

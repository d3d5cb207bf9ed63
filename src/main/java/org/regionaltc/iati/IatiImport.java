package org.regionaltc.iati;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an IATI activity file in the same streaming pass that validates it: each schema-valid activity is
 * upserted on its own (its codelist and rule findings kept as warnings), an activity with a schema error is rejected
 * with the reason; {@code atomic} makes the file all or nothing. Memory holds one activity at a time.
 */
@Component
public class IatiImport {

    public record Rejection(@Nullable String activity, int line, String reason) {
    }

    /**
     * A UNIDO activity's transactions of one type and currency that do not add up to what the ledger (and, for
     * incoming funds, the co-financing) holds for its project: reported, never written to the ledger.
     */
    public record LedgerDifference(String activity, String project, String transactionType, String currency,
            BigDecimal inFile, BigDecimal inLedger) {
    }

    public record Summary(String file, @Nullable String version, int activities, int created, int updated,
            int unchanged, int rejected, int warnings, List<Rejection> rejections, boolean written,
            int projects, List<LedgerDifference> ledgerDifferences) {
    }

    private final ExternalActivities external;
    private final PlatformTransactionManager transactions;
    private final OwnActivities own;
    private final org.regionaltc.system.PausePoint pause;

    IatiImport(ExternalActivities external, PlatformTransactionManager transactions, OwnActivities own,
            org.regionaltc.system.PausePoint pause) {
        this.external = external;
        this.pause = pause;
        this.transactions = transactions;
        this.own = own;
    }

    /**
     * Activities commit in chunks, each in a savepoint of its chunk's transaction so that a refused one rolls back
     * alone: a commit per activity waited on the disk (fsync) and made the import of a 200 MB file 4 times slower.
     */
    static final int CHUNK = 500;

    public Summary run(InputStream in, String file, boolean atomic, @Nullable LongConsumer progress) {
        return run(in, file, atomic, progress, null);
    }

    /** {@code activitiesSoFar} hears the count of activities read, for the page's progress. */
    public Summary run(InputStream in, String file, boolean atomic, @Nullable LongConsumer progress,
            java.util.function.@Nullable IntConsumer activitiesSoFar) {
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        Chunks chunks = new Chunks(atomic);
        try {
            Summary summary = pass(in, file, atomic, progress, activitiesSoFar, savepoint, chunks);
            chunks.finish(atomic && !summary.written());
            return summary;
        } catch (RuntimeException e) {
            chunks.finish(true);
            throw e;
        }
    }

    /** The open transaction: one per chunk of activities, or one for the whole file when it is all or nothing. */
    private final class Chunks {
        private final boolean atomic;
        private @Nullable TransactionStatus open;
        private int size;

        Chunks(boolean atomic) {
            this.atomic = atomic;
        }

        void begin() {
            if (open == null) {
                open = transactions.getTransaction(new DefaultTransactionDefinition());
                size = 0;
            }
        }

        void stored() {
            if (!atomic && ++size >= CHUNK && open != null) {
                transactions.commit(open);
                open = null;
            }
        }

        void finish(boolean rollback) {
            if (open != null) {
                if (rollback) {
                    transactions.rollback(open);
                } else {
                    transactions.commit(open);
                }
                open = null;
            }
        }
    }

    private Summary pass(InputStream in, String file, boolean atomic, @Nullable LongConsumer progress,
            java.util.function.@Nullable IntConsumer activitiesSoFar, TransactionTemplate savepoint, Chunks chunks) {
        Counts counts = new Counts();
        int[] seen = {0};
        FileReport report = new IatiValidator().validate(in, file, progress, activity -> {
            if (activitiesSoFar != null) {
                activitiesSoFar.accept(++seen[0]);
            }
            if (atomic && counts.rejected > 0) {
                counts.rejected++;
                counts.reject(new Rejection(activity.identifier(), activity.line(),
                    "not imported: the file is imported all or nothing and an earlier activity was rejected"));
                return;
            }
            chunks.begin();
            store(activity, counts, savepoint);
            chunks.stored();
            pause.reached(atomic ? "iati-import-atomic" : "iati-import",
                counts.created + counts.updated + counts.unchanged + counts.rejected);
        });
        List<Finding> broken = report.findings().stream().filter(IatiImport::breaksTheFile).toList();
        broken.forEach(f -> counts.reject(new Rejection(f.activity(), f.line(), f.message())));
        int unaccounted = report.activities() - counts.created - counts.updated - counts.unchanged - counts.rejected;
        counts.rejected += Math.max(0, unaccounted);
        boolean written = counts.created + counts.updated > 0 && !(atomic && (counts.rejected > 0 || !broken.isEmpty()));
        return new Summary(file, report.version(), report.activities(), counts.created, counts.updated,
            counts.unchanged, counts.rejected, counts.warnings, List.copyOf(counts.rejections), written,
            counts.projects, List.copyOf(counts.differences));
    }

    /** A problem of the file rather than of one activity: where reading stopped, or what lies outside activities. */
    private static boolean breaksTheFile(Finding f) {
        return f.code().equals("not-well-formed") || f.code().equals("limit-exceeded") || f.code().equals("wrong-root")
            || (f.kind() == Finding.Kind.SCHEMA && f.activity() == null && f.isError());
    }

    private void store(ParsedActivity activity, Counts counts, TransactionTemplate savepoint) {
        String reason = reasonToReject(activity);
        if (reason != null) {
            counts.rejected++;
            counts.reject(new Rejection(activity.identifier(), activity.line(), reason));
            return;
        }
        try {
            ExternalActivities.Outcome outcome;
            if (own.isProject(activity)) {
                OwnActivities.Stored stored = savepoint.execute(status -> own.upsert(activity));
                outcome = java.util.Objects.requireNonNull(stored).outcome();
                counts.projects++;
                stored.differences().forEach(counts::differ);
                if (stored.statusKept() != null) {
                    counts.warnings++;
                }
            } else {
                outcome = savepoint.execute(status -> external.upsert(activity));
            }
            switch (outcome) {
                case CREATED -> counts.created++;
                case UPDATED -> counts.updated++;
                case UNCHANGED -> counts.unchanged++;
                case null -> { }
            }
            counts.warnings += activity.findings().size();
        } catch (org.regionaltc.system.InvalidInput | org.regionaltc.system.Conflict e) {
            counts.rejected++;
            counts.reject(new Rejection(activity.identifier(), activity.line(),
                "the project's rules refuse it: " + own.describe(e)));
        } catch (DataAccessException e) {
            counts.rejected++;
            counts.reject(new Rejection(activity.identifier(), activity.line(),
                "could not be stored: a value is out of range (" + e.getMostSpecificCause().getClass().getSimpleName()
                    + ")"));
        }
    }

    private static @Nullable String reasonToReject(ParsedActivity activity) {
        if (activity.identifier() == null || activity.identifier().isBlank()) {
            return "the activity has no iati-identifier";
        }
        return activity.findings().stream()
            .filter(f -> f.kind() == Finding.Kind.SCHEMA && f.isError())
            .findFirst()
            .map(f -> "schema error at " + f.line() + ":" + f.column() + ": " + f.message())
            .orElse(null);
    }

    private static final class Counts {
        int created;
        int updated;
        int unchanged;
        int rejected;
        int warnings;
        int projects;
        final List<Rejection> rejections = new ArrayList<>();
        final List<LedgerDifference> differences = new ArrayList<>();

        void differ(LedgerDifference difference) {
            if (differences.size() < IatiValidator.MAX_FINDINGS) {
                differences.add(difference);
            }
        }

        /** Keeps the first reasons only, so that a file of a million bad activities has a bounded report. */
        void reject(Rejection rejection) {
            if (rejections.size() < IatiValidator.MAX_FINDINGS) {
                rejections.add(rejection);
            }
        }
    }
}

package org.regionaltc.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads or removes one part of the demo programme. Sample data is never a reason for the application not to start:
 * a part that fails is rolled back, logged with its cause, and the start goes on with the other parts.
 */
@Component
public class DemoParts {

    private static final Logger log = LoggerFactory.getLogger(DemoParts.class);

    private final TransactionTemplate transaction;

    DemoParts(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs the work in one transaction; false when it failed (and wrote nothing). */
    public boolean inTransaction(String part, Runnable work) {
        return run(part, () -> transaction.executeWithoutResult(status -> work.run()));
    }

    /** Runs work that manages its own transactions, e.g. one per record it removes. */
    public boolean run(String part, Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            log.error("Demo programme: the {} could not be loaded or removed and stay as they were; the application "
                + "starts without this part", part, e);
            return false;
        }
    }
}

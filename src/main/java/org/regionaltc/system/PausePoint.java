package org.regionaltc.system;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * TEST ONLY: holds a long operation at a named point so that a fault test's {@code kill -9} lands in the middle of
 * it every time, not before it starts or after it ends. {@code tc.test.pause-point=ledger-import:500} stops the
 * ledger import when its 500th line is written (inside its transaction), logs {@code PAUSE POINT ledger-import:500
 * reached} for the test to wait on, and waits for the kill (at most ten minutes, then goes on). Unset, as in
 * production, {@link #reached} is one comparison with null.
 */
@Component
public class PausePoint {

    static final String LOG_LINE = "PAUSE POINT {} reached";
    private static final Logger LOG = LoggerFactory.getLogger(PausePoint.class);
    private static final long MAX_PAUSE_MILLIS = 10 * 60 * 1000L;

    private final @Nullable String name;
    private final long count;

    PausePoint(@Value("${tc.test.pause-point:}") String setting) {
        int colon = setting.lastIndexOf(':');
        if (setting.isBlank()) {
            this.name = null;
            this.count = 0;
        } else if (colon < 1) {
            throw new IllegalArgumentException("tc.test.pause-point must read name:count, e.g. ledger-import:500, not "
                + setting);
        } else {
            this.name = setting.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            this.count = Long.parseLong(setting.substring(colon + 1).strip());
        }
    }

    /** Called by an operation at its {@code n}th step of {@code point}: pauses when the setting names that step. */
    public void reached(String point, long n) {
        if (name == null || n != count || !name.equals(point)) {
            return;
        }
        LOG.warn(LOG_LINE, point + ":" + n);
        try {
            Thread.sleep(MAX_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

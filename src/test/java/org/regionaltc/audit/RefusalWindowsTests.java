package org.regionaltc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RefusalWindowsTests {

    private static final Instant T0 = Instant.parse("2026-11-29T04:00:00Z");

    @Test
    void recordsTheFirstRefusalsOfAMinuteThenTalliesTheRestWhenTheMinuteIsOver() {
        RefusalWindows windows = new RefusalWindows(3, 100);
        long admitted = IntStream.range(0, 10).filter(i -> windows.admit("192.0.2.1", T0.plusSeconds(i))).count();
        assertThat(admitted).isEqualTo(3);
        assertThat(windows.close(T0.plusSeconds(59))).isEmpty();
        assertThat(windows.close(T0.plusSeconds(60))).containsExactly(
            new RefusalWindows.Tally("192.0.2.1", T0, T0.plusSeconds(9), 7));
        assertThat(windows.admit("192.0.2.1", T0.plusSeconds(61))).as("a new minute starts afresh").isTrue();
    }

    @Test
    void eachAddressHasItsOwnAllowance() {
        RefusalWindows windows = new RefusalWindows(1, 100);
        assertThat(windows.admit("192.0.2.1", T0)).isTrue();
        assertThat(windows.admit("192.0.2.2", T0)).isTrue();
        assertThat(windows.admit("192.0.2.1", T0)).isFalse();
        assertThat(windows.close(T0.plus(Duration.ofMinutes(1)))).containsExactly(
            new RefusalWindows.Tally("192.0.2.1", T0, T0, 1));
    }

    @Test
    void aMinuteWithinItsAllowanceLeavesNoTally() {
        RefusalWindows windows = new RefusalWindows(5, 100);
        windows.admit("192.0.2.1", T0);
        assertThat(windows.close(T0.plus(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void pastTheAddressesItFollowsNewOnesShareOneTalliedWindow() {
        RefusalWindows windows = new RefusalWindows(5, 2);
        assertThat(windows.admit("192.0.2.1", T0)).isTrue();
        assertThat(windows.admit("192.0.2.2", T0)).isTrue();
        assertThat(windows.admit("192.0.2.3", T0)).isFalse();
        assertThat(windows.admit("192.0.2.4", T0)).isFalse();
        assertThat(windows.closeAll()).containsExactly(
            new RefusalWindows.Tally(RefusalWindows.OTHER_ADDRESSES, T0, T0, 2));
    }
}

package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(new SecuritySettings(3, Duration.ofMinutes(15)), clock);

    @Test
    void locksAUsernameAfterTheMaximumOfFailuresWhateverItsCase() {
        throttle.failed("maria");
        throttle.failed("Maria");
        assertThat(throttle.isLocked("maria")).isFalse();
        throttle.failed("MARIA ");
        assertThat(throttle.isLocked("maria")).isTrue();
        assertThat(throttle.isLocked("pedro")).isFalse();
    }

    @Test
    void unlocksWhenTheLockoutHasPassed() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("maria");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isLocked("maria")).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        throttle.failed("maria");
        throttle.failed("maria");
        throttle.succeeded("maria");
        throttle.failed("maria");
        assertThat(throttle.isLocked("maria")).isFalse();
    }

    @Test
    void manyMadeUpUsernamesMakeRoomByForgettingExpiredFailuresFirst() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.failed("guess-" + i);
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("pedro");
        assertThat(throttle.tracked()).isEqualTo(1);
        throttle.failed("pedro");
        throttle.failed("pedro");
        assertThat(throttle.isLocked("pedro")).isTrue();
    }

    @Test
    void whenNoneHasExpiredTheOldestFailuresAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("maria");
        }
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            now = now.plusMillis(1);
            throttle.failed("guess-" + i);
        }
        assertThat(throttle.tracked()).isEqualTo(LoginThrottle.MAX_TRACKED);
        assertThat(throttle.isLocked("maria")).isFalse();
        assertThat(throttle.isLocked("guess-" + (LoginThrottle.MAX_TRACKED - 1))).isFalse();
        for (int i = 0; i < 2; i++) {
            throttle.failed("guess-" + (LoginThrottle.MAX_TRACKED - 1));
        }
        assertThat(throttle.isLocked("guess-" + (LoginThrottle.MAX_TRACKED - 1))).isTrue();
    }
}

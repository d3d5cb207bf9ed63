package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle against the real table; two instances stand for two application nodes. */
@SpringBootTest
class LoginThrottleTests {

    private static final String HERE = "198.51.100.7";
    private static final String ELSEWHERE = "203.0.113.9";
    private static final int MAX_TRACKED = 50;

    @Autowired
    JdbcClient jdbc;

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
    private LoginThrottle throttle;
    private LoginThrottle otherNode;

    @BeforeEach
    void emptyTable() {
        jdbc.sql("DELETE FROM login_failure").update();
        SecuritySettings settings = new SecuritySettings(3, Duration.ofMinutes(15), List.of());
        throttle = new LoginThrottle(jdbc, settings, clock, MAX_TRACKED);
        otherNode = new LoginThrottle(jdbc, settings, clock, MAX_TRACKED);
    }

    @Test
    void locksAUsernameFromOneAddressAfterTheMaximumOfFailuresWhateverItsCase() {
        throttle.failed("maria", HERE);
        throttle.failed("Maria", HERE);
        assertThat(throttle.isLocked("maria", HERE)).isFalse();
        throttle.failed("MARIA ", HERE);
        assertThat(throttle.isLocked("maria", HERE)).isTrue();
        assertThat(throttle.isLocked("pedro", HERE)).isFalse();
    }

    @Test
    void failuresFromOneAddressDoNotLockTheUserSigningInFromAnother() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("maria", ELSEWHERE);
        }
        assertThat(throttle.isLocked("maria", ELSEWHERE)).isTrue();
        assertThat(throttle.isLocked("maria", HERE)).isFalse();
    }

    @Test
    void theCountHoldsAcrossApplicationNodes() {
        throttle.failed("maria", HERE);
        otherNode.failed("maria", HERE);
        throttle.failed("maria", HERE);
        assertThat(otherNode.isLocked("maria", HERE)).isTrue();
    }

    @Test
    void unlocksWhenTheLockoutHasPassed() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("maria", HERE);
        }
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isLocked("maria", HERE)).isFalse();
        throttle.failed("maria", HERE);
        assertThat(throttle.isLocked("maria", HERE)).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        throttle.failed("maria", HERE);
        throttle.failed("maria", HERE);
        throttle.succeeded("maria", HERE);
        throttle.failed("maria", HERE);
        assertThat(throttle.isLocked("maria", HERE)).isFalse();
    }

    @Test
    void manyMadeUpUsernamesMakeRoomByPurgingExpiredFailuresFirst() {
        for (int i = 0; i < MAX_TRACKED; i++) {
            throttle.failed("guess-" + i, HERE);
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("pedro", HERE);
        assertThat(throttle.tracked()).isEqualTo(1);
        throttle.failed("pedro", HERE);
        throttle.failed("pedro", HERE);
        assertThat(throttle.isLocked("pedro", HERE)).isTrue();
    }

    @Test
    void whenNoneHasExpiredTheOldestFailuresAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("maria", HERE);
        }
        for (int i = 0; i < MAX_TRACKED; i++) {
            now = now.plusMillis(1);
            throttle.failed("guess-" + i, HERE);
        }
        assertThat(throttle.tracked()).isEqualTo(MAX_TRACKED);
        assertThat(throttle.isLocked("maria", HERE)).isFalse();
        String last = "guess-" + (MAX_TRACKED - 1);
        assertThat(throttle.isLocked(last, HERE)).isFalse();
        throttle.failed(last, HERE);
        throttle.failed(last, HERE);
        assertThat(throttle.isLocked(last, HERE)).isTrue();
    }

    @Test
    void aVeryLongUsernameIsCountedWithoutFailing() {
        String longName = "x".repeat(5000);
        for (int i = 0; i < 3; i++) {
            throttle.failed(longName, HERE);
        }
        assertThat(throttle.isLocked(longName, HERE)).isTrue();
    }
}

package org.hifazat.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-24T08:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    {
        throttle.clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void aClassCodeIsBlockedAfterManyFailuresAndFreedWhenTheWindowPasses() {
        for (int i = 0; i < SignInThrottle.FAILURES_PER_CLASS - 1; i++) {
            throttle.failedSecret("HZDEM4", "10.0.0." + (i % 50));
        }
        assertFalse(throttle.classBlocked("HZDEM4"));
        throttle.failedSecret("HZDEM4", "10.0.0.99");
        assertTrue(throttle.classBlocked("HZDEM4"));
        assertFalse(throttle.classBlocked("ABCDEF"), "other classes are not affected");
        now = now.plus(SignInThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertFalse(throttle.classBlocked("HZDEM4"));
    }

    @Test
    void anAddressGuessingClassCodesIsBlocked() {
        for (int i = 0; i < SignInThrottle.UNKNOWN_CODES_PER_ADDRESS; i++) {
            throttle.unknownCode("192.0.2.7");
        }
        assertTrue(throttle.addressBlocked("192.0.2.7"));
        assertFalse(throttle.addressBlocked("192.0.2.8"));
    }

    @Test
    void anAddressWithManyWrongSecretsIsBlocked() {
        for (int i = 0; i < SignInThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.failedSecret("CLASS" + (i % 7), "192.0.2.9");
        }
        assertTrue(throttle.addressBlocked("192.0.2.9"));
    }
}

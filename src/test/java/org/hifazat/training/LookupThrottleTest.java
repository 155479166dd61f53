package org.hifazat.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LookupThrottleTest {

    @Test
    void manyUnknownCodesFromOneAddressWaitForTheWindowToEnd() {
        LookupThrottle throttle = new LookupThrottle();
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        throttle.clock = Clock.fixed(start, ZoneOffset.UTC);
        for (int i = 0; i < LookupThrottle.MISSES - 1; i++) {
            throttle.miss("10.0.0.1");
        }
        assertFalse(throttle.blocked("10.0.0.1"));
        throttle.miss("10.0.0.1");
        assertTrue(throttle.blocked("10.0.0.1"));
        assertFalse(throttle.blocked("10.0.0.2"), "another address is not held up");
        throttle.clock = Clock.fixed(start.plus(LookupThrottle.WINDOW), ZoneOffset.UTC);
        assertFalse(throttle.blocked("10.0.0.1"));
        throttle.miss("10.0.0.1");
        assertFalse(throttle.blocked("10.0.0.1"), "a new window counts from one");
    }
}

package org.hifazat.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionCodecTest {

    private final SessionCodec codec = new SessionCodec(
            data -> ServerKeys.hmac("unit-test-key".getBytes(StandardCharsets.UTF_8), data),
            Duration.ofMinutes(30),
            Duration.ofHours(12));
    private final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");
    private final Session session = new Session(Session.Kind.PUPIL, 42, "pupil", "Zainab R.", t0, t0);

    @Test
    void roundTrip() {
        assertEquals(
                session, codec.decode(codec.encode(session), t0.plusSeconds(60)).orElseThrow());
    }

    @Test
    void urduNamesSurvive() {
        Session urdu = new Session(Session.Kind.ADULT, 7, "teacher", "مس عائشہ", t0, t0);
        assertEquals(
                "مس عائشہ", codec.decode(codec.encode(urdu), t0).orElseThrow().displayName());
    }

    @Test
    void tamperedCookieIsNoSession() {
        String value = codec.encode(session);
        String otherPayload = codec.encode(new Session(Session.Kind.ADULT, 1, "admin", "x", t0, t0))
                .split("\\.")[0];
        assertTrue(codec.decode(otherPayload + "." + value.split("\\.")[1], t0).isEmpty());
        assertTrue(codec.decode("garbage", t0).isEmpty());
        assertTrue(codec.decode("%%%.###", t0).isEmpty());
    }

    @Test
    void idleSessionExpires() {
        String value = codec.encode(session);
        assertTrue(codec.decode(value, t0.plus(Duration.ofMinutes(29))).isPresent());
        assertTrue(codec.decode(value, t0.plus(Duration.ofMinutes(31))).isEmpty());
    }

    @Test
    void oldSessionExpiresEvenWhenActive() {
        Instant late = t0.plus(Duration.ofHours(12)).plusSeconds(5);
        String value = codec.encode(session.seenAt(late.minusSeconds(10)));
        assertTrue(codec.decode(value, late).isEmpty());
    }
}

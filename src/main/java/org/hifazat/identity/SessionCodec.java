package org.hifazat.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns a {@link Session} into a cookie value and back: base64url(payload) + "." + base64url(HMAC).
 * Pure logic, so it is tested without a server.
 */
public final class SessionCodec {

    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final UnaryOperator<byte[]> signer;
    private final Duration idleTimeout;
    private final Duration maxAge;

    public SessionCodec(UnaryOperator<byte[]> signer, Duration idleTimeout, Duration maxAge) {
        this.signer = signer;
        this.idleTimeout = idleTimeout;
        this.maxAge = maxAge;
    }

    public String encode(Session session) {
        String payload = String.join(
                "\n",
                VERSION,
                session.kind().name(),
                Long.toString(session.subjectId()),
                session.role(),
                session.displayName(),
                Long.toString(session.issuedAt().getEpochSecond()),
                Long.toString(session.lastSeen().getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(signer.apply(bytes));
    }

    /** The session, if the value is authentic and neither idle too long nor too old at {@code now}. */
    public Optional<Session> decode(String value, Instant now) {
        try {
            int dot = value.indexOf('.');
            if (dot < 1) {
                return Optional.empty();
            }
            byte[] payload = DECODER.decode(value.substring(0, dot));
            byte[] signature = DECODER.decode(value.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, signer.apply(payload))) {
                return Optional.empty();
            }
            String[] f = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
            if (f.length != 7 || !VERSION.equals(f[0])) {
                return Optional.empty();
            }
            Session session = new Session(
                    Session.Kind.valueOf(f[1]),
                    Long.parseLong(f[2]),
                    f[3],
                    f[4],
                    Instant.ofEpochSecond(Long.parseLong(f[5])),
                    Instant.ofEpochSecond(Long.parseLong(f[6])));
            if (session.lastSeen().plus(idleTimeout).isBefore(now)
                    || session.issuedAt().plus(maxAge).isBefore(now)) {
                return Optional.empty();
            }
            return Optional.of(session);
        } catch (IllegalArgumentException e) {
            // Malformed base64, number or kind: treat as no session, never as an error page.
            return Optional.empty();
        }
    }
}

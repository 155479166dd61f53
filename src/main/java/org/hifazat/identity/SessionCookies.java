package org.hifazat.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Issues, reads and clears the session cookie. */
@ApplicationScoped
public class SessionCookies {

    public static final String NAME = "hz_session";

    @Inject
    IdentityConfig config;

    @Inject
    ServerKeys keys;

    Clock clock = Clock.systemUTC();

    private SessionCodec codec;

    @PostConstruct
    void init() {
        codec = new SessionCodec(keys::sessionSignature, config.sessionIdleTimeout(), config.sessionMaxAge());
    }

    public Optional<Session> read(String cookieValue) {
        return cookieValue == null ? Optional.empty() : codec.decode(cookieValue, now());
    }

    /** A fresh session for a user who has just proved who they are. */
    public NewCookie start(Session.Kind kind, long subjectId, String role, String displayName) {
        Instant now = now();
        return cookie(codec.encode(new Session(kind, subjectId, role, displayName, now, now)), -1);
    }

    public String refreshedValue(Session session) {
        return codec.encode(session.seenAt(now()));
    }

    public NewCookie clear() {
        return cookie("", 0);
    }

    public boolean secure() {
        return config.secureCookies();
    }

    /** Refresh the cookie at most once a minute, so most responses carry no Set-Cookie. */
    public boolean needsRefresh(Session session) {
        return session.lastSeen().plusSeconds(60).isBefore(now());
    }

    Instant now() {
        return clock.instant();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge)
                .build();
    }
}

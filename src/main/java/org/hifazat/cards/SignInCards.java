package org.hifazat.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hifazat.audit.AuditLog;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.IdentityConfig;
import org.hifazat.identity.ServerKeys;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;

/**
 * New secrets for pupils, and the batch of cards waiting to be printed. The batch's key travels in a cookie named
 * after the class (hz_cards_{id}, path /classes/{id}), so a teacher can collect cards for several classes at once.
 */
@ApplicationScoped
@Transactional
public class SignInCards {

    private static final String COOKIE_PREFIX = "hz_cards_";

    /** What the browser's cookie holds: which batch, and the key that opens it. */
    record Ticket(String batchKey, byte[] key) {}

    @Inject
    ServerKeys keys;

    @Inject
    CardsConfig config;

    @Inject
    IdentityConfig identity;

    @Inject
    AuditLog audit;

    /** Gives each pupil a new random secret; only its keyed hash is stored. The secrets are returned to print. */
    public List<FreshSecret> renew(SchoolClass schoolClass, List<Pupil> pupils) {
        List<FreshSecret> fresh = new ArrayList<>();
        for (Pupil pupil : pupils) {
            FreshSecret secret = FreshSecret.draw(pupil.id, schoolClass.usesPictures());
            pupil.signInKind = schoolClass.usesPictures() ? "picture" : "words";
            pupil.signInSecret = keys.pupilSecretHash(schoolClass.id, secret.secret());
            pupil.failedSignIns = 0;
            pupil.lockedUntil = null;
            fresh.add(secret);
        }
        return fresh;
    }

    /**
     * A teacher's reset: new secrets for these pupils, so their old cards stop working at once. Audited per pupil;
     * the new secrets are returned, to be kept for printing.
     */
    public List<FreshSecret> reset(SchoolClass schoolClass, List<Pupil> pupils, String actor) {
        List<FreshSecret> fresh = renew(schoolClass, pupils);
        pupils.forEach(p -> audit.record(actor, "pupil-secret-reset", "pupil", p.id.toString(), null));
        return fresh;
    }

    /**
     * Adds fresh secrets to the batch this browser holds for the class, replacing older secrets of the same pupils,
     * or starts a new batch. Returns the cookie to send back.
     */
    public NewCookie keep(SchoolClass schoolClass, AdultAccount by, List<FreshSecret> fresh, String cookieValue) {
        LocalDateTime now = LocalDateTime.now();
        CardBatch.deleteExpired(now);
        Optional<Ticket> ticket = parse(cookieValue);
        Optional<CardBatch> existing = ticket.flatMap(t -> CardBatch.findLive(schoolClass, t.batchKey(), now));
        Map<Long, FreshSecret> all = new LinkedHashMap<>();
        existing.flatMap(b -> Seal.open(ticket.get().key(), b.batchKey, b.sealedSecrets))
                .ifPresent(old -> old.forEach(s -> all.put(s.pupilId(), s)));
        fresh.forEach(s -> all.put(s.pupilId(), s));

        CardBatch batch = existing.orElseGet(CardBatch::new);
        Ticket used = existing.isPresent()
                ? ticket.get()
                : new Ticket(UUID.randomUUID().toString(), Seal.newKey());
        if (existing.isEmpty()) {
            batch.batchKey = used.batchKey();
            batch.schoolClass = schoolClass;
            batch.createdBy = by;
            batch.createdAt = now;
        }
        batch.sealedSecrets = Seal.close(used.key(), used.batchKey(), List.copyOf(all.values()));
        batch.cardCount = all.size();
        batch.expiresAt = now.plus(config.batchLifetime());
        batch.persist();
        return cookie(schoolClass.id, used.batchKey() + "." + encode(used.key()), (int)
                config.batchLifetime().toSeconds());
    }

    /** The secrets waiting to be printed for the class in this browser, if any. */
    public Optional<List<FreshSecret>> waiting(SchoolClass schoolClass, String cookieValue) {
        Optional<Ticket> ticket = parse(cookieValue);
        return ticket.flatMap(t -> CardBatch.findLive(schoolClass, t.batchKey(), LocalDateTime.now())
                .flatMap(b -> Seal.open(t.key(), b.batchKey, b.sealedSecrets)));
    }

    /** The teacher has printed the cards: the batch and its cookie go. */
    public NewCookie forget(SchoolClass schoolClass, String cookieValue) {
        parse(cookieValue)
                .ifPresent(t -> CardBatch.delete("batchKey = ?1 and schoolClass = ?2", t.batchKey(), schoolClass));
        return cookie(schoolClass.id, "", 0);
    }

    /** This class's card cookie from the request, or null. */
    public static String cookieOf(HttpHeaders headers, long classId) {
        Cookie cookie = headers.getCookies().get(COOKIE_PREFIX + classId);
        return cookie == null ? null : cookie.getValue();
    }

    static Optional<Ticket> parse(String cookieValue) {
        if (cookieValue == null || !cookieValue.matches("[0-9a-f-]{36}\\.[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        int dot = cookieValue.indexOf('.');
        return Optional.of(new Ticket(
                cookieValue.substring(0, dot), Base64.getUrlDecoder().decode(cookieValue.substring(dot + 1))));
    }

    private NewCookie cookie(long classId, String value, int maxAge) {
        return new NewCookie.Builder(COOKIE_PREFIX + classId)
                .value(value)
                .path("/classes/" + classId)
                .httpOnly(true)
                .secure(identity.secureCookies())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }

    private static String encode(byte[] key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}

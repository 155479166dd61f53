package org.hifazat.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.hifazat.audit.AuditLog;

/**
 * An adult who signed in with a one-time password chooses their own before getting a session. Between the two
 * forms they carry a short-lived signed ticket, bound to the one-time password's hash, so it is worthless once the
 * password has changed and never holds the password itself.
 */
@ApplicationScoped
@Transactional
public class PasswordChanges {

    static final Duration TICKET_LIFETIME = Duration.ofMinutes(15);
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    /** A new password that failed a check; key is the message to show. */
    public static final class Problem extends RuntimeException {
        private final String key;

        public Problem(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    @Inject
    ServerKeys keys;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** The ticket for the "choose a new password" form. */
    public String ticketFor(AdultAccount account) {
        long expires = clock.instant().plus(TICKET_LIFETIME).getEpochSecond();
        return account.id + "." + expires + "." + signature(account, expires);
    }

    /** The account a ticket was issued to, if it is well-formed, unexpired and the password is still one-time. */
    public Optional<AdultAccount> holder(String ticket) {
        String[] parts = ticket == null ? new String[0] : ticket.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        long expires = Long.parseLong(parts[1]);
        if (expires < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return AdultAccount.<AdultAccount>findByIdOptional(Long.parseLong(parts[0]))
                .filter(a -> a.active && a.mustChangePassword && a.passwordHash != null)
                .filter(a -> MessageDigest.isEqual(
                        signature(a, expires).getBytes(StandardCharsets.US_ASCII),
                        parts[2].getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Sets the adult's own password in place of the one-time one.
     *
     * @throws Problem when the two entries differ, the password is too short or long, or it is the username or the
     *     one-time password
     */
    public void choose(AdultAccount account, String password, String repeat) {
        String chosen = password == null ? "" : password;
        if (!chosen.equals(repeat)) {
            throw new Problem("password_problem_repeat");
        }
        int length = chosen.codePointCount(0, chosen.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new Problem("password_problem_length");
        }
        if (chosen.strip().equalsIgnoreCase(account.username)) {
            throw new Problem("password_problem_username");
        }
        if (BcryptUtil.matches(chosen, account.passwordHash)) {
            throw new Problem("password_problem_same");
        }
        account.passwordHash = BcryptUtil.bcryptHash(chosen);
        account.mustChangePassword = false;
        audit.record("adult:" + account.id, "password-changed", "adult", account.id.toString(), null);
    }

    private String signature(AdultAccount account, long expires) {
        byte[] payload = ("password-change|" + account.id + "|" + expires + "|" + account.passwordHash)
                .getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.sessionSignature(payload));
    }
}

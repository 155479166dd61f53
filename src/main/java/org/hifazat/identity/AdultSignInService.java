package org.hifazat.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hifazat.audit.AuditLog;

/** Checks built-in adult passwords and locks an account after repeated failures. */
@ApplicationScoped
@Transactional
public class AdultSignInService {

    /** Compared against when the username is unknown, so both failures take the same time. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    public sealed interface Outcome {
        record SignedIn(AdultAccount account) implements Outcome {}

        record Rejected() implements Outcome {}

        record Locked() implements Outcome {}

        /** The password was right but is a one-time password: a new one must be chosen before any session. */
        record MustChangePassword(AdultAccount account) implements Outcome {}
    }

    @Inject
    IdentityConfig config;

    @Inject
    AuditLog audit;

    public Outcome signIn(String username, String password) {
        LocalDateTime now = LocalDateTime.now();
        Optional<AdultAccount> found = username == null || username.isBlank()
                ? Optional.empty()
                : AdultAccount.findByUsername(username.trim());
        if (found.isEmpty() || found.get().passwordHash == null || !found.get().active) {
            BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
            audit.record(truncated(username), "sign-in-rejected", null, null, null);
            return new Outcome.Rejected();
        }
        AdultAccount account = found.get();
        if (account.isLockedAt(now)) {
            audit.record("adult:" + account.id, "sign-in-while-locked", "adult", account.id.toString(), null);
            return new Outcome.Locked();
        }
        if (password == null || !BcryptUtil.matches(password, account.passwordHash)) {
            account.failedSignIns++;
            if (account.failedSignIns >= config.maxFailedSignIns()) {
                account.lockedUntil = now.plus(config.lockDuration());
                account.failedSignIns = 0;
                audit.record("adult:" + account.id, "account-locked", "adult", account.id.toString(), null);
                return new Outcome.Locked();
            }
            audit.record("adult:" + account.id, "sign-in-rejected", "adult", account.id.toString(), null);
            return new Outcome.Rejected();
        }
        account.failedSignIns = 0;
        account.lockedUntil = null;
        if (account.mustChangePassword) {
            audit.record("adult:" + account.id, "sign-in-one-time-password", "adult", account.id.toString(), null);
            return new Outcome.MustChangePassword(account);
        }
        audit.record("adult:" + account.id, "sign-in", "adult", account.id.toString(), null);
        return new Outcome.SignedIn(account);
    }

    private static String truncated(String username) {
        String name = username == null ? "" : username.strip();
        return "unknown:" + (name.length() > 60 ? name.substring(0, 60) : name);
    }
}

package org.hifazat.identity;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/** The signed-in user of this request, as features need it. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public Optional<Session> session() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(SessionIdentityProvider.SESSION_ATTRIBUTE));
    }

    /**
     * The signed-in adult's account; callers are already restricted to adult roles. A session outlives nothing done
     * to its account: once it is deactivated or given a one-time password, its sessions must sign in again.
     */
    public AdultAccount adult() {
        AdultAccount account = session()
                .filter(s -> s.kind() == Session.Kind.ADULT)
                .map(s -> AdultAccount.<AdultAccount>findById(s.subjectId()))
                .orElseThrow(NotFoundException::new);
        if (!account.active || account.mustChangePassword) {
            throw new UnauthorizedException();
        }
        return account;
    }

    /** "adult:12" or "pupil:345", for the audit log. */
    public String auditName() {
        return session()
                .map(s -> s.kind().name().toLowerCase() + ":" + s.subjectId())
                .orElse("anonymous");
    }
}

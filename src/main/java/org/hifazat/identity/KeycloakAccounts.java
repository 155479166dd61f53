package org.hifazat.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.hifazat.audit.AuditLog;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;
import org.jboss.logging.Logger;

/**
 * Turns a Keycloak sign-in into an app account. The first time a Keycloak subject is seen it is linked to the
 * account of the same username that no one has linked yet (an account made in the app beforehand), or a new account
 * is made from the token's claims. Keycloak stays the source of the role and the scope: when they change there, the
 * account follows at the next request. A token that cannot be accepted writes nothing.
 */
@ApplicationScoped
@Transactional
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);

    @Inject
    AuditLog audit;

    /** What the token says about its holder, as read from its claims. */
    public record Token(
            String subject,
            String username,
            String displayName,
            String locale,
            Collection<String> realmRoles,
            String scopeClaim) {}

    public sealed interface Outcome {
        record SignedIn(AdultAccount account) implements Outcome {}

        record Refused(KeycloakClaims.Refusal refusal, String detail) implements Outcome {}
    }

    public Outcome accountFor(Token token) {
        KeycloakClaims.Outcome read = KeycloakClaims.read(token.realmRoles(), token.scopeClaim());
        if (read instanceof KeycloakClaims.Outcome.Refused refused) {
            return refuse(token, refused.refusal(), refused.detail());
        }
        KeycloakClaims.Claimed claimed = ((KeycloakClaims.Outcome.Accepted) read).claimed();
        Optional<Place> place = place(claimed);
        if (place.isEmpty()) {
            return refuse(token, KeycloakClaims.Refusal.SCOPE_UNKNOWN, "no such " + claimed.scopeText());
        }
        Optional<AdultAccount> linked = AdultAccount.findByOidcSubject(token.subject());
        if (linked.isPresent()) {
            AdultAccount account = linked.get();
            if (!account.active) {
                return refuse(token, KeycloakClaims.Refusal.ACCOUNT_INACTIVE, "account " + account.id);
            }
            if (!place.get().sameAs(account) || account.role != claimed.role()) {
                change(account, "keycloak-account-updated", () -> place.get().applyTo(account, claimed));
            }
            return new Outcome.SignedIn(account);
        }
        String username = cut(token.username() == null ? token.subject() : token.username(), 80);
        Optional<AdultAccount> sameName = AdultAccount.findByUsername(username);
        if (sameName.isPresent()) {
            AdultAccount account = sameName.get();
            if (account.oidcSubject != null) {
                return refuse(token, KeycloakClaims.Refusal.ACCOUNT_TAKEN, "username " + username);
            }
            if (!account.active) {
                return refuse(token, KeycloakClaims.Refusal.ACCOUNT_INACTIVE, "account " + account.id);
            }
            change(account, "keycloak-account-linked", () -> {
                account.oidcSubject = token.subject();
                place.get().applyTo(account, claimed);
            });
            return new Outcome.SignedIn(account);
        }
        AdultAccount account = new AdultAccount();
        account.username = username;
        account.displayName = cut(blankToNull(token.displayName()) == null ? username : token.displayName(), 120);
        account.oidcSubject = token.subject();
        account.language = "ur".equals(token.locale()) ? "ur" : "en";
        account.active = true;
        account.createdAt = LocalDateTime.now();
        place.get().applyTo(account, claimed);
        account.persist();
        audit.record(
                "adult:" + account.id, "keycloak-account-created", "adult", account.id.toString(), describe(account));
        return new Outcome.SignedIn(account);
    }

    /** Applies a change to the account and audits it with the role and scope before and after. */
    private void change(AdultAccount account, String action, Runnable work) {
        String before = describe(account);
        work.run();
        audit.record(
                "adult:" + account.id, action, "adult", account.id.toString(), before + " -> " + describe(account));
    }

    private static Outcome refuse(Token token, KeycloakClaims.Refusal refusal, String detail) {
        LOG.warnf(
                "Keycloak sign-in refused (%s) for subject %s, username %s: %s",
                refusal, token.subject(), cut(String.valueOf(token.username()), 80), detail);
        return new Outcome.Refused(refusal, detail);
    }

    /** The school or region a scope names, found in the registry. */
    private record Place(School school, District district, Province province) {

        boolean sameAs(AdultAccount account) {
            return Objects.equals(id(school), id(account.school))
                    && Objects.equals(id(district), id(account.district))
                    && Objects.equals(id(province), id(account.province));
        }

        void applyTo(AdultAccount account, KeycloakClaims.Claimed claimed) {
            account.role = claimed.role();
            account.scopeType = claimed.scopeType();
            account.school = school;
            account.district = district;
            account.province = province;
        }

        private static Long id(Object entity) {
            if (entity instanceof School s) {
                return s.id;
            }
            if (entity instanceof District d) {
                return d.id;
            }
            return entity instanceof Province p ? p.id : null;
        }
    }

    private static Optional<Place> place(KeycloakClaims.Claimed claimed) {
        return switch (claimed.scopeType()) {
            case NATIONAL -> Optional.of(new Place(null, null, null));
            case SCHOOL -> School.findByEmisCode(claimed.code()).map(s -> new Place(s, null, null));
            case DISTRICT -> District.findByCode(claimed.code()).map(d -> new Place(null, d, null));
            case PROVINCE -> Province.findByCode(claimed.code()).map(p -> new Place(null, null, p));
        };
    }

    private static String describe(AdultAccount account) {
        return (account.role == null ? "?" : account.role.roleName()) + " " + account.scopeText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}

package org.hifazat.identity;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives an adult who came through Keycloak (a code-flow session or a bearer token) the same identity the built-in
 * sign-in gives: one app role and the {@link Session} attribute that {@link CurrentUser} reads. A token Keycloak
 * signed but Hifazat cannot accept (no Hifazat role, a scope that names no school or region, ...) keeps no role at
 * all, so every protected page and API answers 403; the reason travels in {@link #REFUSAL_ATTRIBUTE}.
 */
@ApplicationScoped
public class KeycloakIdentityAugmentor implements SecurityIdentityAugmentor {

    public static final String REFUSAL_ATTRIBUTE = "hifazat.keycloak-refusal";

    @Inject
    KeycloakAccounts accounts;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> augment(identity, token));
    }

    private SecurityIdentity augment(SecurityIdentity identity, JsonWebToken token) {
        KeycloakAccounts.Outcome outcome = inRequestContext(() -> accounts.accountFor(claims(token)));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes());
        if (outcome instanceof KeycloakAccounts.Outcome.SignedIn signedIn) {
            AdultAccount account = signedIn.account();
            Instant issued =
                    token.getIssuedAtTime() > 0 ? Instant.ofEpochSecond(token.getIssuedAtTime()) : Instant.now();
            Session session = new Session(
                    Session.Kind.ADULT,
                    account.id,
                    account.role.roleName(),
                    account.displayName,
                    issued,
                    Instant.now());
            return builder.addRole(account.role.roleName())
                    .addAttribute(SessionIdentityProvider.SESSION_ATTRIBUTE, session)
                    .build();
        }
        return builder.addAttribute(REFUSAL_ATTRIBUTE, ((KeycloakAccounts.Outcome.Refused) outcome).refusal())
                .build();
    }

    static KeycloakAccounts.Token claims(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        String name = token.getClaim("name");
        String locale = token.getClaim("locale");
        String scope = token.getClaim(KeycloakClaims.SCOPE_CLAIM);
        return new KeycloakAccounts.Token(token.getSubject(), username, name, locale, realmRoles(token), scope);
    }

    /** Keycloak puts realm roles in {"realm_access": {"roles": [...]}}. */
    static Collection<String> realmRoles(JsonWebToken token) {
        Object access = token.getClaim("realm_access");
        Object roles = null;
        if (access instanceof Map<?, ?> map) {
            roles = map.get("roles");
        } else if (access instanceof jakarta.json.JsonObject json) {
            roles = json.get("roles");
        }
        if (roles instanceof jakarta.json.JsonArray array) {
            return array.stream()
                    .filter(v -> v instanceof jakarta.json.JsonString)
                    .map(v -> ((jakarta.json.JsonString) v).getString())
                    .toList();
        }
        if (roles instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static <T> T inRequestContext(java.util.function.Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return work.get();
        }
        requestContext.activate();
        try {
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }
}

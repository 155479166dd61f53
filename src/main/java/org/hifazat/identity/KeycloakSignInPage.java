package org.hifazat.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.hifazat.web.LocalPaths;

/**
 * Where adults land after signing in at Keycloak (the prod profile). Reaching this address without a Keycloak
 * session starts the code flow; coming back, the adult is sent on to the page they asked for or their start page.
 * A Keycloak account Hifazat cannot accept gets a 403 page saying why, with a way to sign out of Keycloak.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class KeycloakSignInPage {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance refused(String reasonKey);
    }

    @Inject
    SignInMode mode;

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("sign-in/keycloak")
    public Response landed(@QueryParam("next") String next) {
        if (!mode.keycloak()) {
            throw new NotFoundException();
        }
        Optional<KeycloakClaims.Refusal> refusal = refusal(identity);
        if (refusal.isPresent()) {
            return refusedPage(refusal.get());
        }
        String target = LocalPaths.safe(next);
        String home = user.session()
                .flatMap(s -> Role.fromRoleName(s.role()))
                .map(Role::homePath)
                .orElse("/");
        return Response.seeOther(URI.create(target.isEmpty() || target.startsWith("/sign-") ? home : target))
                .build();
    }

    /** Keycloak's logout answers at this address while a Keycloak session exists; without one, go home. */
    @GET
    @Path("sign-out/keycloak")
    public Response signedOut() {
        return Response.seeOther(URI.create("/?signed-out=1")).build();
    }

    public static Optional<KeycloakClaims.Refusal> refusal(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous()
                ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(KeycloakIdentityAugmentor.REFUSAL_ATTRIBUTE));
    }

    /** The translated 403 page for a Keycloak account that cannot sign in here. */
    public static Response refusedPage(KeycloakClaims.Refusal refusal) {
        return Response.status(403)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.refused(refusal.messageKey()))
                .build();
    }
}

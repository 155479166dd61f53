package org.hifazat.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.hifazat.identity.KeycloakClaims;
import org.hifazat.identity.KeycloakSignInPage;
import org.hifazat.identity.SessionAuthenticationMechanism;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure inside a resource to a friendly page or a JSON error body. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    ErrorResponses errors;

    @Inject
    SecurityIdentity identity;

    /** A Keycloak account Hifazat cannot accept is told why (KeycloakIdentityAugmentor); others get the plain 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        Optional<KeycloakClaims.Refusal> refusal = KeycloakSignInPage.refusal(identity);
        if (refusal.isPresent()) {
            return isApi(uri.getPath())
                    ? errors.json(
                            403, List.of(Messages.get(Language.EN, refusal.get().messageKey())))
                    : KeycloakSignInPage.refusedPage(refusal.get());
        }
        return respond(403, uri, List.of());
    }

    /**
     * A resource that needs a role, reached without a session: the API answers 401 in JSON (Quarkus' own answer has
     * no body), pages send the visitor to sign in.
     */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        String path = uri.getPath();
        if (isApi(path)) {
            return errors.json(401, List.of());
        }
        String query = uri.getRequestUri().getRawQuery();
        String target = uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        return Response.status(302)
                .location(URI.create(SessionAuthenticationMechanism.signInPage(path, target)))
                .build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<String> details = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .toList();
        return respond(400, uri, details);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(status, uri, List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        if (e instanceof AuthenticationFailedException) {
            return respond(401, uri, List.of());
        }
        LOG.error("Unexpected failure", e);
        return respond(500, uri, List.of());
    }

    private Response respond(int status, UriInfo uri, List<String> details) {
        return isApi(uri.getPath()) ? errors.json(status, details) : errors.page(status);
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

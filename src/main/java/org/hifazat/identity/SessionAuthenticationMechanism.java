package org.hifazat.identity;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hifazat.web.ErrorResponses;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.hifazat.web.UnmatchedRoutes;

/**
 * Reads the signed session cookie on every request. Pages without a session are sent to sign in;
 * the API answers 401 with a JSON body.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    SessionCookies cookies;

    @Inject
    UnmatchedRoutes errorPages;

    @Inject
    SignInMode mode;

    /**
     * Before Keycloak's mechanism (1001): its challenge would send pupils and API callers to Keycloak. A request
     * without the session cookie falls through to Keycloak's code-flow session or bearer token.
     */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(SessionCookies.NAME);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        Optional<Session> session = cookies.read(cookie.getValue());
        if (session.isEmpty()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        if (cookies.needsRefresh(session.get())) {
            String refreshed = cookies.refreshedValue(session.get());
            context.addHeadersEndHandler(v -> {
                // A response that signs the user out or in sets its own cookie; leave that one alone.
                if (!context.response().headers().getAll(HttpHeaderNames.SET_COOKIE).stream()
                        .anyMatch(h -> h.startsWith(SessionCookies.NAME + "="))) {
                    context.response()
                            .addCookie(Cookie.cookie(SessionCookies.NAME, refreshed)
                                    .setPath("/")
                                    .setHttpOnly(true)
                                    .setSecure(cookies.secure())
                                    .setSameSite(CookieSameSite.LAX));
                }
            });
        }
        return identityProviderManager.authenticate(new SessionAuthenticationRequest(session.get()));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/api/")) {
            return Uni.createFrom().item(new ChallengeData(401, null, null));
        }
        return Uni.createFrom()
                .item(new ChallengeData(
                        302,
                        HttpHeaderNames.LOCATION,
                        signInPage(path, context.request().uri())));
    }

    /** Where a visitor without a session is sent: pupils to their class code, adults to sign in and back. */
    public static String signInPage(String path, String pathAndQuery) {
        return path.startsWith("/pupil")
                ? "/class?expired=1"
                : "/sign-in?next=" + URLEncoder.encode(pathAndQuery, StandardCharsets.UTF_8);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (mode.keycloak() && SignInMode.KEYCLOAK_SIGN_IN.equals(context.normalizedPath())) {
            // Keycloak's mechanism answers here: it sends the adult to Keycloak's login page.
            return Uni.createFrom().item(false);
        }
        if (context.normalizedPath().startsWith("/api/")) {
            boolean bearer = context.request().headers().contains(HttpHeaderNames.AUTHORIZATION);
            context.response().setStatusCode(401).putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json");
            if (mode.keycloak()) {
                context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"hifazat\"");
            }
            context.response()
                    .end(ErrorResponses.jsonBody(
                            401,
                            bearer
                                    ? List.of(Messages.get(Language.EN, "keycloak_bad_token"))
                                    : List.of(Messages.get(Language.EN, "keycloak_sign_in_required"))));
            return Uni.createFrom().item(true);
        }
        if (!"GET".equals(context.request().method().name())
                && context.normalizedPath().startsWith("/pupil")) {
            // A form sent after the session ended (sign-out, idle timeout): say so kindly; a redirect would drop it
            // silently. Answers stored before are kept, and the quiz resumes at the first unanswered question.
            errorPages.respond(context, 401);
            return Uni.createFrom().item(true);
        }
        return HttpAuthenticationMechanism.super.sendChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class);
    }
}

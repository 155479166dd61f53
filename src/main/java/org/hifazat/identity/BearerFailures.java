package org.hifazat.identity;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.hifazat.web.ErrorResponses;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.jboss.logging.Logger;

/**
 * A bearer token Keycloak's mechanism refuses (expired, forged, unsigned, from another realm or for another client)
 * fails authentication before any resource runs. Under /api/ that answers 401 with the JSON error body every other
 * API error has, and the reason goes to the log; the token itself is never logged.
 */
@ApplicationScoped
public class BearerFailures {

    private static final Logger LOG = Logger.getLogger(BearerFailures.class);

    void install(@Observes Router router) {
        router.route().order(-1000).failureHandler(ctx -> {
            String path = ctx.normalizedPath();
            if (!(ctx.failure() instanceof AuthenticationFailedException failure)
                    || path == null
                    || !path.startsWith("/api/")
                    || ctx.response().ended()) {
                ctx.next();
                return;
            }
            LOG.warnf(
                    "Bearer token refused for %s %s from %s: %s",
                    ctx.request().method(),
                    path,
                    ctx.request().remoteAddress() == null
                            ? "?"
                            : ctx.request().remoteAddress().hostAddress(),
                    failure.getMessage() == null ? "token not accepted" : failure.getMessage());
            ctx.response()
                    .setStatusCode(401)
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"hifazat\", error=\"invalid_token\"")
                    .end(ErrorResponses.jsonBody(401, List.of(Messages.get(Language.EN, "keycloak_bad_token"))));
        });
    }
}

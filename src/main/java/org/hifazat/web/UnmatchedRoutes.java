package org.hifazat.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Failures that happen before any resource runs: an unknown URL (404), a body over the size limit (413), a
 * malformed request (400). They get the same translated page, or JSON under /api/.
 */
@ApplicationScoped
public class UnmatchedRoutes {

    private static final Logger LOG = Logger.getLogger(UnmatchedRoutes.class);

    @Inject
    ErrorResponses errors;

    @Inject
    CurrentVertxRequest currentRequest;

    void install(@Observes Router router) {
        for (int status : List.of(400, 404, 405, 413)) {
            router.errorHandler(status, ctx -> respond(ctx, status));
        }
    }

    /** Ends the request with the translated page (or JSON under /api/) for this status. */
    public void respond(RoutingContext ctx, int status) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        String path = ctx.normalizedPath() == null ? "/" : ctx.normalizedPath();
        if (path.startsWith("/api/")) {
            ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(ErrorResponses.jsonBody(status, List.of()));
            return;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            currentRequest.setCurrent(ctx);
            ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .end(errors.html(status));
        } catch (RuntimeException e) {
            LOG.warn("Could not render the error page", e);
            ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "text/plain;charset=UTF-8")
                    .end(status + "");
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}

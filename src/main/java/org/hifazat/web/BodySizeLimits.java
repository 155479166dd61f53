package org.hifazat.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body larger than its path accepts with the translated 413 page (JSON under /api/) before a byte of it
 * is read, so a 100 MB upload costs nothing. Most paths accept hifazat.web.max-body-size; a few upload paths accept
 * more ({@link LargeUploads}). quarkus.http.limits.max-body-size is the largest of these and stays the outer bound
 * (also for bodies sent without a length).
 */
@ApplicationScoped
public class BodySizeLimits {

    /** Before Quarkus' own check of the outer limit (order -2), which answers with an empty body. */
    static final int ORDER = -3;

    @ConfigProperty(name = "hifazat.web.max-body-size", defaultValue = "2M")
    MemorySize defaultLimit;

    @Inject
    Instance<LargeUploads> largeUploads;

    @Inject
    UnmatchedRoutes pages;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limitFor(ctx)) {
                    // the rest of the body is never read: close the connection once the page is sent
                    ctx.response().putHeader("Connection", "close");
                    ctx.response().endHandler(v -> ctx.request().connection().close());
                    // the page names the signed-in user, which may need to wait for the session check
                    ctx.vertx()
                            .executeBlocking(
                                    () -> {
                                        pages.respond(ctx, 413);
                                        return null;
                                    },
                                    false);
                    return;
                }
            } catch (NumberFormatException e) {
                pages.respond(ctx, 400);
                return;
            }
        }
        ctx.next();
    }

    long limitFor(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.POST) {
            String path = ctx.normalizedPath();
            for (LargeUploads uploads : largeUploads) {
                OptionalLong limit = uploads.limitFor(path);
                if (limit.isPresent()) {
                    return limit.getAsLong();
                }
            }
        }
        return defaultLimit.asLongValue();
    }
}

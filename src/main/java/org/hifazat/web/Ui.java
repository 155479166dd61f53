package org.hifazat.web;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hifazat.identity.Role;
import org.hifazat.identity.Session;
import org.hifazat.identity.SessionIdentityProvider;

/** Per-request facts the layout needs: language, direction, who is signed in. Used in templates as {inject:ui}. */
@RequestScoped
@Named("ui")
public class Ui {

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    private Language language;

    public Language language() {
        if (language == null) {
            RoutingContext ctx = request.getCurrent();
            language = ctx == null ? Language.EN : requested(ctx);
        }
        return language;
    }

    /** The language a request asks for: the remembered choice (cookie), else the browser's preference. */
    public static Language requested(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(Language.COOKIE);
        return Language.resolve(
                cookie == null ? null : cookie.getValue(), ctx.request().getHeader("Accept-Language"));
    }

    public String lang() {
        return language().code();
    }

    public String dir() {
        return language().dir();
    }

    public String otherLang() {
        return language().other().code();
    }

    public boolean signedIn() {
        return session() != null;
    }

    public boolean pupil() {
        Session session = session();
        return session != null && session.isPupil();
    }

    public String displayName() {
        Session session = session();
        return session == null ? "" : session.displayName();
    }

    /** Where the logo leads: the user's own start page. */
    public String home() {
        Session session = session();
        if (session == null) {
            return "/";
        }
        if (session.isPupil()) {
            return "/pupil";
        }
        return Role.fromRoleName(session.role()).map(Role::homePath).orElse("/");
    }

    /**
     * The form token for the sign-out button in the header. Error pages can be rendered before the CSRF filter ran,
     * so fall back to the token cookie, and to no button at all.
     */
    public String formToken() {
        RoutingContext ctx = request.getCurrent();
        if (ctx == null) {
            return null;
        }
        Object token = ctx.get("csrf_token");
        if (token != null) {
            return token.toString();
        }
        Cookie cookie = ctx.request().getCookie("hz_csrf");
        return cookie == null ? null : cookie.getValue();
    }

    /** The path and query of this page, to come back to after switching language. */
    public String here() {
        RoutingContext ctx = request.getCurrent();
        return ctx == null ? "/" : ctx.request().uri();
    }

    private Session session() {
        return identity == null || identity.isAnonymous()
                ? null
                : identity.getAttribute(SessionIdentityProvider.SESSION_ATTRIBUTE);
    }

    /** The language of the current request, for code that renders text outside a template. */
    public static Language current() {
        if (!Arc.container().requestContext().isActive()) {
            return Language.EN;
        }
        return Arc.container().instance(Ui.class).get().language();
    }
}

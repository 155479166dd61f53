package org.hifazat.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hifazat.identity.IdentityConfig;

/**
 * A link, not a form: switching language changes no data, and a plain link works on every phone.
 * The choice is remembered for a year; an unknown code means English.
 */
@Path("/language")
public class LanguageSwitch {

    @Inject
    IdentityConfig identity;

    @GET
    @Path("{code}")
    public Response choose(@PathParam("code") String code, @QueryParam("next") String next) {
        Language language = Language.fromCode(code);
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(365 * 24 * 3600)
                .httpOnly(true)
                .secure(identity.secureCookies())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        String target = LocalPaths.safe(next).isEmpty() ? "/" : LocalPaths.safe(next);
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}

package org.hifazat.identity;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hifazat.web.LocalPaths;

/**
 * The built-in sign-in form for adults (the standalone default) and sign-out for everyone. With Keycloak (prod),
 * the form is not shown: adults are sent to Keycloak, and signing out also ends the Keycloak session (through a
 * short page that moves on to {@link SignInMode#KEYCLOAK_SIGN_OUT}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String next, String username, String problem);

        static native TemplateInstance newPassword(String ticket, String next, String username, String problem);

        static native TemplateInstance signingOut();
    }

    @Inject
    AdultSignInService signIns;

    @Inject
    SessionCookies cookies;

    @Inject
    PasswordChanges passwordChanges;

    @Inject
    SignInMode mode;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("sign-in")
    public TemplateInstance form(@QueryParam("next") String next) {
        if (mode.keycloak()) {
            // a redirect, not an error: answered as is by ErrorMappers
            throw new WebApplicationException(toKeycloak(next));
        }
        // a template (not a Response) so the form token is made while the page renders
        return Templates.signIn(safeNext(next), "", null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("next") String next) {
        if (mode.keycloak()) {
            // No built-in passwords in production: whatever was typed is not checked.
            return toKeycloak(next);
        }
        AdultSignInService.Outcome outcome = signIns.signIn(username, password);
        if (outcome instanceof AdultSignInService.Outcome.SignedIn signedIn) {
            return startSession(signedIn.account(), next);
        }
        if (outcome instanceof AdultSignInService.Outcome.MustChangePassword oneTime) {
            AdultAccount account = oneTime.account();
            return noStore(Response.ok(
                    Templates.newPassword(passwordChanges.ticketFor(account), safeNext(next), account.username, null)));
        }
        String problem = outcome instanceof AdultSignInService.Outcome.Locked ? "signin_locked" : "signin_failed";
        int status = outcome instanceof AdultSignInService.Outcome.Locked ? 429 : 401;
        String shownName = username == null ? "" : username.strip();
        return Response.status(status)
                .entity(Templates.signIn(safeNext(next), shownName.length() > 80 ? "" : shownName, problem))
                .build();
    }

    /** The first sign-in with a one-time password: the adult's own password, then a session. */
    @POST
    @Path("sign-in/new-password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response newPassword(
            @FormParam("ticket") String ticket,
            @FormParam("password") String password,
            @FormParam("repeat") String repeat,
            @FormParam("next") String next) {
        Optional<AdultAccount> holder = passwordChanges.holder(ticket);
        if (holder.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.signIn(safeNext(next), "", "password_problem_expired"))
                    .build();
        }
        AdultAccount account = holder.get();
        try {
            passwordChanges.choose(account, password, repeat);
        } catch (PasswordChanges.Problem problem) {
            return noStore(Response.status(400)
                    .entity(Templates.newPassword(ticket, safeNext(next), account.username, problem.key())));
        }
        return startSession(account, next);
    }

    @POST
    @Path("sign-out")
    public Response signOut() {
        if (mode.keycloak() && !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) != null) {
            // RP-initiated logout: a GET of KEYCLOAK_SIGN_OUT makes Quarkus end the Keycloak session there and come
            // back to the front page. Not a redirect from this form: browsers check the page's CSP form-action
            // ('self') against every redirect a form submission leads to, so a redirect on to Keycloak's end-session
            // address would be refused and the adult left where they were. A page that moves on by itself is a new
            // navigation, not part of the form's.
            return noStore(Response.ok(Templates.signingOut()).cookie(cookies.clear()));
        }
        return Response.seeOther(URI.create("/?signed-out=1"))
                .cookie(cookies.clear())
                .build();
    }

    private Response startSession(AdultAccount account, String next) {
        String target = safeNext(next);
        return Response.seeOther(URI.create(target.isEmpty() ? account.role.homePath() : target))
                .cookie(cookies.start(Session.Kind.ADULT, account.id, account.role.roleName(), account.displayName))
                .build();
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }

    private static Response toKeycloak(String next) {
        String target = safeNext(next);
        return Response.seeOther(URI.create(SignInMode.KEYCLOAK_SIGN_IN
                        + (target.isEmpty() ? "" : "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8))))
                .build();
    }

    private static String safeNext(String next) {
        return LocalPaths.safe(next);
    }
}

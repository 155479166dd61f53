package org.hifazat.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;

/**
 * The public front page, and the start pages of ministry staff and admins (teachers' and head teachers' start
 * pages are their classes: org.hifazat.classes.StartPages).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(boolean signedOut);

        static native TemplateInstance roleHome(String roleKey, String name, String scopeName);
    }

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @GET
    public Response landing(@QueryParam("signed-out") String signedOut) {
        if (ui.signedIn()) {
            return Response.seeOther(URI.create(ui.home())).build();
        }
        return Response.ok(Templates.landing(signedOut != null)).build();
    }

    @GET
    @Path("ministry")
    @RolesAllowed("ministry")
    @Transactional
    public TemplateInstance ministry() {
        return roleHome(Role.MINISTRY);
    }

    @GET
    @Path("admin")
    @RolesAllowed("admin")
    @Transactional
    public TemplateInstance admin() {
        return roleHome(Role.ADMIN);
    }

    private TemplateInstance roleHome(Role role) {
        AdultAccount account = user.adult();
        boolean urdu = ui.language() == Language.UR;
        String scope =
                switch (account.scopeType) {
                    case SCHOOL ->
                        account.school == null ? "" : account.school.name + " (" + account.school.emisCode + ")";
                    case DISTRICT ->
                        account.district == null ? "" : urdu ? account.district.nameUr : account.district.nameEn;
                    case PROVINCE ->
                        account.province == null ? "" : urdu ? account.province.nameUr : account.province.nameEn;
                    case NATIONAL -> Messages.get(ui.language(), "scope_national");
                };
        return Templates.roleHome("home_role_" + role.roleName().replace('-', '_'), account.displayName, scope);
    }
}

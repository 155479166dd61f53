package org.hifazat.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the caller is to Hifazat: the account a session or bearer token stands for, its role and its scope. */
@Path("/api/v1/me")
@RolesAllowed({"teacher", "school-admin", "ministry", "admin"})
public class MeApi {

    public record Me(String username, String displayName, String role, String scope, String language) {}

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The signed-in adult: username, name, role and scope (school:EMIS, district:CODE, ...)")
    public Me me() {
        AdultAccount account = user.adult();
        return new Me(
                account.username, account.displayName, account.role.roleName(), account.scopeText(), account.language);
    }
}

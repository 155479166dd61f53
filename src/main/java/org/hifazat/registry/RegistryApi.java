package org.hifazat.registry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hifazat.identity.CurrentUser;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/**
 * The registry import for integrations: the same checks as the admin page, in one call. The body is the CSV file
 * itself (Content-Type: text/csv, UTF-8). 201 with the number of schools added; 422 with every problem as
 * "line N: ..." in details; nothing is written unless every line is right.
 */
@Path(RegistryUploads.API_PATH)
@RolesAllowed("admin")
public class RegistryApi {

    @Inject
    RegistryImportService imports;

    @Inject
    CurrentUser user;

    @POST
    @Consumes({"text/csv", "application/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import schools from a CSV file: emis_code, name, district, province, level, urban_rural")
    public Response importSchools(
            InputStream body,
            @Parameter(description = "check the file and write nothing") @QueryParam("dryRun") boolean dryRun) {
        String actor = user.auditName();
        RegistryImportService.Staging staging = imports.stage(body, "(api)", actor);
        if (staging instanceof RegistryImportService.Staging.Refused refused) {
            return problems(422, "registry_error_refused", refused.problems(), refused.count());
        }
        RegistryImportService.Staging.Staged staged = (RegistryImportService.Staging.Staged) staging;
        if (dryRun) {
            imports.discard(staged.token(), actor);
            return Response.ok(Map.of("valid", staged.schools(), "imported", 0)).build();
        }
        RegistryImportService.Confirmation confirmation = imports.confirm(staged.token(), actor);
        if (confirmation instanceof RegistryImportService.Confirmation.Conflict conflict) {
            return problems(409, "registry_error_conflict", conflict.problems(), conflict.count());
        }
        if (confirmation instanceof RegistryImportService.Confirmation.Imported imported) {
            return Response.status(201)
                    .entity(Map.of("imported", imported.schools()))
                    .build();
        }
        return problems(409, "registry_error_conflict", List.of(), 0);
    }

    private static Response problems(int status, String errorKey, List<Problem> problems, long count) {
        List<String> details = new ArrayList<>();
        problems.forEach(p -> details.add(p.text(Language.EN)));
        if (count > problems.size()) {
            details.add(String.format(Messages.get(Language.EN, "registry_more_problems"), count - problems.size()));
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", Messages.get(Language.EN, errorKey), "details", details))
                .build();
    }
}

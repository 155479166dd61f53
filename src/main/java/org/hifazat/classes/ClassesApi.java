package org.hifazat.classes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The classes the caller may see, as on their start page: a teacher's own, the whole school for a head teacher. */
@Path("/api/v1/classes")
@RolesAllowed({"teacher", "school-admin"})
public class ClassesApi {

    public record ClassItem(long id, String school, int grade, String section, boolean archived) {}

    @Inject
    ClassAccess access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Classes the signed-in teacher or head teacher may see")
    public List<ClassItem> classes() {
        return access.visibleClasses().stream()
                .map(c -> new ClassItem(c.id, c.school.emisCode, c.grade, c.section, c.archived))
                .toList();
    }
}

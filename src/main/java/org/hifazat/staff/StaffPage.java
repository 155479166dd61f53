package org.hifazat.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.School;

/** /school/teachers: the head teacher's list of the school's teachers, and adding, resetting and deactivating. */
@Path("/school/teachers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("school-admin")
public class StaffPage {

    /** The add form's values, kept when a problem is shown. */
    public record Fields(String name, String username) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance teachers(
                String school,
                boolean builtIn,
                List<StaffService.TeacherView> teachers,
                Fields fields,
                String problem,
                StaffService.OneTimeAccess issued,
                boolean issuedIsNew);
    }

    @Inject
    CurrentUser user;

    @Inject
    StaffService staff;

    @Inject
    StaffConfig config;

    @GET
    @Transactional
    public TemplateInstance list() {
        return page(school(), new Fields("", ""), null, null, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@FormParam("name") String name, @FormParam("username") String username) {
        School school = school();
        Fields typed = new Fields(name == null ? "" : name, username == null ? "" : username);
        if (!config.builtInAccounts()) {
            return Response.status(409)
                    .entity(page(school, typed, null, null, false))
                    .build();
        }
        try {
            StaffService.OneTimeAccess issued = staff.add(school, TeacherForm.read(name, username), user.auditName());
            return noStore(Response.ok(page(school, new Fields("", ""), null, issued, true)));
        } catch (TeacherForm.Problem problem) {
            return Response.status(problem.key().equals("staff_problem_username_taken") ? 409 : 400)
                    .entity(page(school, typed, problem.key(), null, false))
                    .build();
        }
    }

    @POST
    @Path("{id}/reset")
    @Transactional
    public Response reset(@PathParam("id") String id) {
        School school = school();
        if (!config.builtInAccounts()) {
            return Response.status(409)
                    .entity(page(school, new Fields("", ""), null, null, false))
                    .build();
        }
        StaffService.OneTimeAccess issued = staff.reset(school, id, user.auditName());
        return noStore(Response.ok(page(school, new Fields("", ""), null, issued, false)));
    }

    @POST
    @Path("{id}/deactivate")
    @Transactional
    public Response deactivate(@PathParam("id") String id) {
        return setActive(id, false);
    }

    @POST
    @Path("{id}/reactivate")
    @Transactional
    public Response reactivate(@PathParam("id") String id) {
        return setActive(id, true);
    }

    private Response setActive(String id, boolean active) {
        School school = school();
        if (!config.builtInAccounts()) {
            return Response.status(409)
                    .entity(page(school, new Fields("", ""), null, null, false))
                    .build();
        }
        staff.setActive(school, id, active, user.auditName());
        return Response.seeOther(URI.create("/school/teachers")).build();
    }

    private School school() {
        AdultAccount head = user.adult();
        if (head.school == null) {
            throw new NotFoundException();
        }
        return head.school;
    }

    private TemplateInstance page(
            School school, Fields fields, String problem, StaffService.OneTimeAccess issued, boolean issuedIsNew) {
        return Templates.teachers(
                school.name + " (" + school.emisCode + ")",
                config.builtInAccounts(),
                staff.teachers(school),
                fields,
                problem,
                issued,
                issuedIsNew);
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").build();
    }
}

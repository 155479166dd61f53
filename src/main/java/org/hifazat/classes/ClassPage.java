package org.hifazat.classes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.SchoolClass;

/** One class: its page with the sections of other features, and creating, editing and archiving it. */
@Path("/classes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class ClassPage {

    /** What the class form shows: the values typed, so a problem never loses them. */
    public record Fields(String grade, String section, String language) {
        public boolean hasGrade(int g) {
            return grade != null && grade.strip().equals(String.valueOf(g));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance view(ClassService.Summary summary, boolean mayChange, String problem);

        static native TemplateInstance form(ClassView schoolClass, Fields fields, String problem);
    }

    @Inject
    CurrentUser user;

    @Inject
    ClassAccess access;

    @Inject
    ClassService classes;

    @GET
    @Path("new")
    @RolesAllowed("teacher")
    public TemplateInstance newForm() {
        return Templates.form(null, new Fields("", "", "ur"), null);
    }

    @POST
    @RolesAllowed("teacher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response create(
            @FormParam("grade") String grade,
            @FormParam("section") String section,
            @FormParam("language") String language) {
        Fields typed = new Fields(grade, section, language);
        try {
            SchoolClass created =
                    classes.create(user.adult(), ClassForm.read(grade, section, language), user.auditName());
            return Response.seeOther(URI.create("/classes/" + created.id)).build();
        } catch (ClassForm.Problem problem) {
            return badRequest(Templates.form(null, typed, problem.key()));
        }
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance view(@PathParam("id") String id) {
        SchoolClass schoolClass = access.viewable(id);
        return page(schoolClass, null);
    }

    @GET
    @Path("{id}/edit")
    @Transactional
    public TemplateInstance editForm(@PathParam("id") String id) {
        SchoolClass schoolClass = access.changeable(id);
        return Templates.form(
                ClassView.of(schoolClass),
                new Fields(String.valueOf(schoolClass.grade), schoolClass.section, schoolClass.language),
                null);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response edit(
            @PathParam("id") String id,
            @FormParam("grade") String grade,
            @FormParam("section") String section,
            @FormParam("language") String language) {
        SchoolClass schoolClass = access.changeable(id);
        ClassView before = ClassView.of(schoolClass);
        try {
            classes.update(schoolClass, ClassForm.read(grade, section, language), user.auditName());
            return Response.seeOther(URI.create("/classes/" + schoolClass.id)).build();
        } catch (ClassForm.Problem problem) {
            return badRequest(Templates.form(before, new Fields(grade, section, language), problem.key()));
        }
    }

    @POST
    @Path("{id}/archive")
    @Transactional
    public Response archive(@PathParam("id") String id) {
        SchoolClass schoolClass = access.changeable(id);
        classes.archive(schoolClass, user.auditName());
        return Response.seeOther(URI.create("/classes/" + schoolClass.id)).build();
    }

    @POST
    @Path("{id}/restore")
    @Transactional
    public Response restore(@PathParam("id") String id) {
        SchoolClass schoolClass = access.changeable(id);
        TemplateInstance refused = page(schoolClass, "class_problem_restore_taken");
        try {
            classes.restore(schoolClass, user.auditName());
            return Response.seeOther(URI.create("/classes/" + schoolClass.id)).build();
        } catch (ClassForm.Problem problem) {
            return Response.status(409).entity(refused).build();
        }
    }

    private TemplateInstance page(SchoolClass schoolClass, String problem) {
        ClassService.Summary summary = classes.summaries(List.of(schoolClass)).get(0);
        return Templates.view(summary, access.mayChange(schoolClass), problem);
    }

    private static Response badRequest(TemplateInstance page) {
        return Response.status(400).entity(page).build();
    }
}

package org.hifazat.assignment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.SchoolClass;

/** A class's assignments: the list by state, assigning a module, changing a window and withdrawing. */
@Path("/classes/{id}/assignments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class AssignmentPage {

    /** What the assign or edit form shows after a problem: the typed values and the message key. */
    @TemplateData
    public record Typed(String moduleId, String startsOn, String endsOn, String problem) {
        static Typed fresh(LocalDate today) {
            return new Typed("", today.toString(), today.plusDays(13).toString(), null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                ClassView schoolClass, AssignmentViews.Listing listing, boolean mayChange, String notice, Typed typed);

        static native TemplateInstance edit(ClassView schoolClass, AssignmentViews.Row assignment, Typed typed);
    }

    @Inject
    ClassAccess access;

    @Inject
    AssignmentService assignments;

    @Inject
    AssignmentViews views;

    @Inject
    CurrentUser user;

    @GET
    @Transactional
    public TemplateInstance list(
            @PathParam("id") String id, @QueryParam("bands") String bands, @QueryParam("done") String done) {
        SchoolClass schoolClass = access.viewable(id);
        String notice = done != null && done.matches("assigned|changed|withdrawn") ? "assignment_done_" + done : null;
        return page(schoolClass, "all".equals(bands), notice, Typed.fresh(LocalDate.now()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response assign(
            @PathParam("id") String id,
            @FormParam("module") String moduleId,
            @FormParam("startsOn") String startsOn,
            @FormParam("endsOn") String endsOn,
            @FormParam("bands") String bands) {
        SchoolClass schoolClass = access.changeable(id);
        // the refused page is built before the change: after a refusal the transaction only rolls back
        boolean allBands = "all".equals(bands);
        ClassView view = ClassView.of(schoolClass);
        AssignmentViews.Listing before = views.listing(schoolClass, allBands, LocalDate.now());
        try {
            AssignmentForm window = AssignmentForm.read(startsOn, endsOn, LocalDate.now());
            assignments.assign(schoolClass, moduleId, window, user.adult(), user.auditName());
            return done(schoolClass, "assigned");
        } catch (AssignmentForm.Problem problem) {
            Typed typed = new Typed(moduleId, startsOn, endsOn, problem.key());
            return Response.status(status(problem))
                    .entity(Templates.list(view, before, true, null, typed))
                    .build();
        }
    }

    @GET
    @Path("{assignment}/edit")
    @Transactional
    public TemplateInstance editForm(@PathParam("id") String id, @PathParam("assignment") String assignmentId) {
        SchoolClass schoolClass = access.changeable(id);
        Assignment assignment = assignments.ofClass(schoolClass, assignmentId);
        AssignmentViews.Row row = views.row(assignment, LocalDate.now());
        Typed typed = new Typed(
                assignment.moduleId,
                assignment.startsOn.toString(),
                assignment.endsOn.toString(),
                row.editable()
                        ? null
                        : (assignment.withdrawn ? "assignment_problem_withdrawn" : "assignment_problem_campaign"));
        return Templates.edit(ClassView.of(schoolClass), row, typed);
    }

    @POST
    @Path("{assignment}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response edit(
            @PathParam("id") String id,
            @PathParam("assignment") String assignmentId,
            @FormParam("startsOn") String startsOn,
            @FormParam("endsOn") String endsOn) {
        SchoolClass schoolClass = access.changeable(id);
        Assignment assignment = assignments.ofClass(schoolClass, assignmentId);
        ClassView view = ClassView.of(schoolClass);
        AssignmentViews.Row row = views.row(assignment, LocalDate.now());
        try {
            assignments.change(assignment, AssignmentForm.read(startsOn, endsOn, LocalDate.now()), user.auditName());
            return done(schoolClass, "changed");
        } catch (AssignmentForm.Problem problem) {
            Typed typed = new Typed(assignment.moduleId, startsOn, endsOn, problem.key());
            return Response.status(status(problem))
                    .entity(Templates.edit(view, row, typed))
                    .build();
        }
    }

    @POST
    @Path("{assignment}/withdraw")
    @Transactional
    public Response withdraw(@PathParam("id") String id, @PathParam("assignment") String assignmentId) {
        SchoolClass schoolClass = access.changeable(id);
        Assignment assignment = assignments.ofClass(schoolClass, assignmentId);
        ClassView view = ClassView.of(schoolClass);
        AssignmentViews.Listing before = views.listing(schoolClass, false, LocalDate.now());
        try {
            assignments.withdraw(assignment, user.auditName());
            return done(schoolClass, "withdrawn");
        } catch (AssignmentForm.Problem problem) {
            Typed typed = Typed.fresh(LocalDate.now());
            typed = new Typed(typed.moduleId(), typed.startsOn(), typed.endsOn(), problem.key());
            return Response.status(status(problem))
                    .entity(Templates.list(view, before, true, null, typed))
                    .build();
        }
    }

    private TemplateInstance page(SchoolClass schoolClass, boolean allBands, String notice, Typed typed) {
        return Templates.list(
                ClassView.of(schoolClass),
                views.listing(schoolClass, allBands, LocalDate.now()),
                access.mayChange(schoolClass) && !schoolClass.archived,
                notice,
                typed);
    }

    /** A state that forbids the change (archived class, campaign, withdrawn) is a conflict; bad typing is a 400. */
    private static int status(AssignmentForm.Problem problem) {
        return List.of(
                                "assignment_problem_archived",
                                "assignment_problem_campaign",
                                "assignment_problem_withdrawn",
                                "assignment_problem_overlap")
                        .contains(problem.key())
                ? 409
                : 400;
    }

    private static Response done(SchoolClass schoolClass, String what) {
        return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/assignments?done=" + what))
                .build();
    }
}

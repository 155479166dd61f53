package org.hifazat.safeguarding;

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
import java.util.List;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Ui;

/** A class's worries inbox and one report: reading it, its status, notes, sharing with the head teacher. */
@Path("/classes/{id}/worries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class WorryPage {

    /** The statuses a teacher can choose: "new" only ever comes from the pupil. */
    static final List<WorryStatus> CHOICES = List.of(WorryStatus.SEEN, WorryStatus.ACTED, WorryStatus.CLOSED);

    @Inject
    WorryAccess access;

    @Inject
    WorryService worries;

    @Inject
    ReportingRoutes routes;

    @Inject
    CurrentUser user;

    @GET
    @Transactional
    public TemplateInstance inbox(@PathParam("id") String classId, @QueryParam("status") String status) {
        SchoolClass schoolClass = access.inboxOf(classId);
        WorryStatus filter = WorriesInbox.filter(status);
        return WorryTemplates.inbox(
                schoolClass.id,
                schoolClass.grade + "-" + schoolClass.section,
                worries.inbox(List.of(schoolClass), !access.teaches(schoolClass), filter),
                filter == null ? "" : filter.written(),
                List.of(WorryStatus.values()),
                access.head(),
                routes.guide().isPresent());
    }

    @GET
    @Path("{report}")
    @Transactional
    public TemplateInstance report(
            @PathParam("id") String classId, @PathParam("report") String reportId, @QueryParam("done") String done) {
        WorryReport report = access.readable(classId, reportId);
        boolean notice = done != null && done.matches("status|note|shared");
        if (!notice) {
            // back from one's own change (already audited) is not a new look at the report
            worries.opened(report, access.teaches(report.schoolClass), user.auditName());
        }
        return page(report, notice ? "worry_done_" + done : null, null, "");
    }

    @POST
    @Path("{report}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response status(
            @PathParam("id") String classId, @PathParam("report") String reportId, @FormParam("status") String status) {
        WorryReport report = access.changeable(classId, reportId);
        WorryStatus chosen = WorryStatus.ofWritten(status == null ? "" : status.strip())
                .filter(CHOICES::contains)
                .orElse(null);
        if (chosen == null) {
            return Response.status(400)
                    .entity(page(report, null, "worry_problem_status", ""))
                    .build();
        }
        worries.changeStatus(report, chosen, user.auditName());
        return done(report, "status");
    }

    @POST
    @Path("{report}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response note(
            @PathParam("id") String classId, @PathParam("report") String reportId, @FormParam("note") String note) {
        WorryReport report = access.readable(classId, reportId);
        String body = TellForm.tidy(note);
        String problem = body == null
                ? "worry_problem_note_empty"
                : body.length() > WorryService.MAX_NOTE ? "worry_problem_note_long" : null;
        if (problem != null) {
            return Response.status(400)
                    .entity(page(report, null, problem, note == null ? "" : note))
                    .build();
        }
        worries.addNote(report, user.adult(), body, user.auditName());
        return done(report, "note");
    }

    @POST
    @Path("{report}/share")
    @Transactional
    public Response share(@PathParam("id") String classId, @PathParam("report") String reportId) {
        WorryReport report = access.changeable(classId, reportId);
        worries.share(report, user.auditName());
        return done(report, "shared");
    }

    private TemplateInstance page(WorryReport report, String notice, String problem, String typedNote) {
        return WorryTemplates.report(
                worries.view(report),
                access.teaches(report.schoolClass),
                CHOICES,
                worries.notes(report),
                worries.trail(report, Ui.current()),
                routes.forTeachers(),
                routes.guide().isPresent(),
                notice,
                problem,
                typedNote);
    }

    private static Response done(WorryReport report, String what) {
        return Response.seeOther(
                        URI.create("/classes/" + report.schoolClass.id + "/worries/" + report.id + "?done=" + what))
                .build();
    }
}

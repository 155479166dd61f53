package org.hifazat.roster;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hifazat.cards.FreshSecret;
import org.hifazat.cards.SignInCards;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Messages;
import org.hifazat.web.Ui;

/** The roster page of a class: its pupils, adding one by hand, renaming, deleting and unlocking. */
@Path("/classes/{id}/pupils")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class RosterPage {

    /** What the add or rename form shows after a problem: the typed values and the message. */
    @TemplateData
    public record Typed(String firstName, String initial, String problem) {
        static final Typed EMPTY = new Typed("", "", null);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roster(
                ClassView schoolClass,
                List<RosterService.Entry> pupils,
                boolean mayChange,
                int waitingCards,
                String notice,
                Typed typed);

        static native TemplateInstance rename(ClassView schoolClass, RosterService.Entry pupil, Typed typed);

        static native TemplateInstance delete(ClassView schoolClass, RosterService.Entry pupil);
    }

    @Inject
    ClassAccess access;

    @Inject
    RosterService roster;

    @Inject
    SignInCards cards;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("id") String id, @QueryParam("done") String done) {
        SchoolClass schoolClass = access.viewable(id);
        String notice = done != null && done.matches("added|renamed|deleted|unlocked|imported|reset|printed")
                ? "roster_done_" + done
                : null;
        return page(schoolClass, notice, Typed.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(
            @PathParam("id") String id,
            @FormParam("firstName") String firstName,
            @FormParam("initial") String initial) {
        SchoolClass schoolClass = access.changeable(id);
        // read before the change: after a refused one the transaction only rolls back
        ClassView view = ClassView.of(schoolClass);
        List<RosterService.Entry> before = roster.entries(schoolClass);
        int waiting = waiting(schoolClass);
        try {
            FreshSecret fresh = roster.add(schoolClass, firstName, initial, user.auditName());
            return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/pupils?done=added"))
                    .cookie(cards.keep(schoolClass, user.adult(), List.of(fresh), cookie(schoolClass)))
                    .build();
        } catch (PupilNames.Problem problem) {
            Typed typed = new Typed(firstName, initial, text(problem));
            return Response.status(400)
                    .entity(Templates.roster(view, before, true, waiting, null, typed))
                    .build();
        }
    }

    @GET
    @Path("{pupil}/rename")
    @Transactional
    public TemplateInstance renameForm(@PathParam("id") String id, @PathParam("pupil") String pupilId) {
        SchoolClass schoolClass = access.changeable(id);
        return Templates.rename(ClassView.of(schoolClass), entry(roster.pupil(schoolClass, pupilId)), Typed.EMPTY);
    }

    @POST
    @Path("{pupil}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response rename(
            @PathParam("id") String id,
            @PathParam("pupil") String pupilId,
            @FormParam("firstName") String firstName,
            @FormParam("initial") String initial) {
        SchoolClass schoolClass = access.changeable(id);
        Pupil pupil = roster.pupil(schoolClass, pupilId);
        ClassView view = ClassView.of(schoolClass);
        RosterService.Entry before = entry(pupil);
        try {
            roster.rename(schoolClass, pupil, firstName, initial, user.auditName());
            return done(schoolClass, "renamed");
        } catch (PupilNames.Problem problem) {
            return Response.status(400)
                    .entity(Templates.rename(view, before, new Typed(firstName, initial, text(problem))))
                    .build();
        }
    }

    @GET
    @Path("{pupil}/delete")
    @Transactional
    public TemplateInstance deleteForm(@PathParam("id") String id, @PathParam("pupil") String pupilId) {
        SchoolClass schoolClass = access.changeable(id);
        return Templates.delete(ClassView.of(schoolClass), entry(roster.pupil(schoolClass, pupilId)));
    }

    @POST
    @Path("{pupil}/delete")
    @Transactional
    public Response delete(@PathParam("id") String id, @PathParam("pupil") String pupilId) {
        SchoolClass schoolClass = access.changeable(id);
        roster.delete(roster.pupil(schoolClass, pupilId), user.auditName());
        return done(schoolClass, "deleted");
    }

    @POST
    @Path("{pupil}/unlock")
    @Transactional
    public Response unlock(@PathParam("id") String id, @PathParam("pupil") String pupilId) {
        SchoolClass schoolClass = access.changeable(id);
        roster.unlock(roster.pupil(schoolClass, pupilId), user.auditName());
        return done(schoolClass, "unlocked");
    }

    /** A new secret for one pupil: the old card stops working, the new one waits to be printed. */
    @POST
    @Path("{pupil}/reset")
    @Transactional
    public Response reset(@PathParam("id") String id, @PathParam("pupil") String pupilId) {
        SchoolClass schoolClass = access.changeable(id);
        Pupil pupil = roster.pupil(schoolClass, pupilId);
        List<FreshSecret> fresh = cards.reset(schoolClass, List.of(pupil), user.auditName());
        return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/pupils?done=reset"))
                .cookie(cards.keep(schoolClass, user.adult(), fresh, cookie(schoolClass)))
                .build();
    }

    private TemplateInstance page(SchoolClass schoolClass, String notice, Typed typed) {
        boolean mayChange = access.mayChange(schoolClass);
        return Templates.roster(
                ClassView.of(schoolClass),
                roster.entries(schoolClass),
                mayChange,
                mayChange ? waiting(schoolClass) : 0,
                notice,
                typed);
    }

    private int waiting(SchoolClass schoolClass) {
        return cards.waiting(schoolClass, cookie(schoolClass)).map(List::size).orElse(0);
    }

    private String cookie(SchoolClass schoolClass) {
        return SignInCards.cookieOf(headers, schoolClass.id);
    }

    private static Response done(SchoolClass schoolClass, String what) {
        return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/pupils?done=" + what))
                .build();
    }

    private static RosterService.Entry entry(Pupil p) {
        return RosterService.Entry.of(p, java.time.LocalDateTime.now());
    }

    static String text(PupilNames.Problem problem) {
        return Messages.format(Ui.current(), problem.key(), problem.args());
    }
}

package org.hifazat.safeguarding;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Session;
import org.hifazat.learning.PupilContext;
import org.hifazat.web.Messages;
import org.hifazat.web.Ui;

/**
 * "Tell a teacher": a pupil says what happened, where and in their own words; the class teacher reads it in the
 * worries inbox. The form carries a report key, so sending it twice stores it once.
 */
@Path("/pupil/tell")
@Produces(MediaType.TEXT_HTML)
public class TellPage {

    /** What the form shows: its report key, the values sent and the kind message about them. */
    @TemplateData
    public record Typed(String reportKey, String category, String place, String words, String problem) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tell(Typed typed, List<WorryCategory> categories, List<WorryPlace> places);

        static native TemplateInstance thanks(List<Fact> routes);

        static native TemplateInstance signedOut(String words);
    }

    @Inject
    CurrentUser user;

    @Inject
    PupilContext pupil;

    @Inject
    WorryService worries;

    @Inject
    ReportingRoutes routes;

    @GET
    @RolesAllowed("pupil")
    public TemplateInstance form() {
        pupil.me();
        return form(new Typed(TellForm.newKey(), "", "", "", null));
    }

    /**
     * Open to everyone so that a form sent after the session ended gets a kind page with the pupil's words on it,
     * rather than a redirect that would lose them.
     */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(
            @FormParam("reportKey") String reportKey,
            @FormParam("category") String category,
            @FormParam("place") String place,
            @FormParam("words") String words) {
        Optional<Session> session = user.session();
        if (session.isEmpty()) {
            return Response.status(401)
                    .entity(Templates.signedOut(words == null ? "" : words))
                    .build();
        }
        if (!session.get().isPupil()) {
            throw new ForbiddenException();
        }
        long pupilId = pupil.me().pupilId();
        TellForm form;
        try {
            form = TellForm.read(reportKey, category, place, words);
        } catch (TellForm.Problem problem) {
            String key = TellForm.validKey(reportKey) ? reportKey : TellForm.newKey();
            return refused(new Typed(key, category, place, words, problem.key()));
        }
        try {
            worries.tell(pupilId, form);
        } catch (PersistenceException e) {
            // the same form sent twice at once: the other request stored it
            if (!worries.stored(pupilId, form.reportKey())) {
                throw e;
            }
        }
        if (!worries.stored(pupilId, form.reportKey())) {
            // a key some other report already has: ask again with a fresh one, keeping the words
            return refused(new Typed(TellForm.newKey(), category, place, words, "worry_problem_again"));
        }
        return Response.seeOther(URI.create("/pupil/tell/thanks?report=" + form.reportKey()))
                .build();
    }

    @GET
    @Path("thanks")
    @RolesAllowed("pupil")
    public Response thanks(@QueryParam("report") String reportKey) {
        long pupilId = pupil.me().pupilId();
        if (!TellForm.validKey(reportKey) || !worries.stored(pupilId, reportKey)) {
            return Response.seeOther(URI.create("/pupil/tell")).build();
        }
        return Response.ok(Templates.thanks(routes.forPupils())).build();
    }

    private Response refused(Typed typed) {
        String message = Messages.format(Ui.current(), typed.problem(), List.of(TellForm.MAX_WORDS));
        Typed shown = new Typed(
                typed.reportKey(),
                typed.category() == null ? "" : typed.category(),
                typed.place() == null ? "" : typed.place(),
                typed.words() == null ? "" : typed.words(),
                message);
        return Response.status(400).entity(form(shown)).build();
    }

    private static TemplateInstance form(Typed typed) {
        return Templates.tell(typed, List.of(WorryCategory.values()), List.of(WorryPlace.values()));
    }
}

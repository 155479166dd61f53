package org.hifazat.cards;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;

/**
 * The A4 print view of the sign-in cards waiting in this browser for a class, and "the cards are printed", which
 * forgets them; new secrets for the whole class. Only the class's own teacher prints cards.
 */
@Path("/classes/{id}/cards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class CardsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cards(
                ClassView schoolClass, List<CardSheet.Sheet> sheets, int count, int pupils, String problem);
    }

    @Inject
    ClassAccess access;

    @Inject
    SignInCards cards;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    @GET
    @Transactional
    public TemplateInstance print(@PathParam("id") String id) {
        return page(access.changeable(id), null);
    }

    /** New secrets for every pupil of the class, once the teacher confirms that all the old cards stop working. */
    @POST
    @Path("reset-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response resetAll(@PathParam("id") String id, @FormParam("confirm") String confirm) {
        SchoolClass schoolClass = access.changeable(id);
        if (!"yes".equals(confirm)) {
            return Response.status(400)
                    .entity(page(schoolClass, "cards_problem_confirm"))
                    .build();
        }
        List<FreshSecret> fresh = cards.reset(schoolClass, Pupil.listInClass(schoolClass), user.auditName());
        return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/cards"))
                .cookie(cards.keep(schoolClass, user.adult(), fresh, cookie(schoolClass)))
                .build();
    }

    @POST
    @Path("printed")
    @Transactional
    public Response printed(@PathParam("id") String id) {
        SchoolClass schoolClass = access.changeable(id);
        return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/pupils?done=printed"))
                .cookie(cards.forget(schoolClass, cookie(schoolClass)))
                .build();
    }

    private TemplateInstance page(SchoolClass schoolClass, String problem) {
        List<Pupil> roster = Pupil.listInClass(schoolClass);
        List<FreshSecret> waiting =
                cards.waiting(schoolClass, cookie(schoolClass)).orElse(List.of());
        List<CardSheet.Card> shown = CardSheet.cards(schoolClass, roster, waiting);
        return Templates.cards(
                ClassView.of(schoolClass), CardSheet.sheets(shown), shown.size(), roster.size(), problem);
    }

    private String cookie(SchoolClass schoolClass) {
        return SignInCards.cookieOf(headers, schoolClass.id);
    }
}

package org.hifazat.roster;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.hifazat.cards.FreshSecret;
import org.hifazat.cards.SignInCards;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Messages;
import org.hifazat.web.Ui;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Importing a class list: upload or paste, a checked preview, then confirm or cancel. */
@Path("/classes/{id}/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("teacher")
public class RosterImportPage {

    /** A line of the checked file as the page shows it. */
    public record ShownLine(int number, String firstName, String initial, String displayName, String problem) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(
                ClassView schoolClass, int room, String fileProblem, List<ShownLine> lines, long problems);

        static native TemplateInstance preview(ClassView schoolClass, RosterImports.Draft draft);
    }

    @Inject
    ClassAccess access;

    @Inject
    RosterImports imports;

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
    public TemplateInstance form(@PathParam("id") String id) {
        SchoolClass schoolClass = access.changeable(id);
        return Templates.upload(ClassView.of(schoolClass), roster.room(schoolClass), null, List.of(), 0);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    public Response check(
            @PathParam("id") String id, @RestForm("file") FileUpload file, @RestForm("text") String pasted) {
        SchoolClass schoolClass = access.changeable(id);
        byte[] bytes = contentOf(file, pasted);
        ClassView view = ClassView.of(schoolClass);
        int room = roster.room(schoolClass);
        RosterImports.Checked checked = imports.check(schoolClass, bytes, user.adult());
        if (checked.draftKey() != null) {
            return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/import/" + checked.draftKey()))
                    .build();
        }
        RosterCsv.Result result = checked.result();
        List<ShownLine> lines = result.lines().stream()
                .map(l -> new ShownLine(
                        l.number(),
                        l.firstName(),
                        l.initial(),
                        l.name() == null ? "" : l.name().displayName(),
                        text(l.problem())))
                .toList();
        return Response.status(400)
                .entity(Templates.upload(view, room, text(result.fileProblem()), lines, result.problemCount()))
                .build();
    }

    @GET
    @Path("{draft}")
    @Transactional
    public TemplateInstance preview(@PathParam("id") String id, @PathParam("draft") String draftKey) {
        SchoolClass schoolClass = access.changeable(id);
        return Templates.preview(ClassView.of(schoolClass), imports.draft(schoolClass, draftKey));
    }

    @POST
    @Path("{draft}")
    @Transactional
    public Response confirm(@PathParam("id") String id, @PathParam("draft") String draftKey) {
        SchoolClass schoolClass = access.changeable(id);
        ClassView view = ClassView.of(schoolClass);
        int room = roster.room(schoolClass);
        try {
            List<FreshSecret> added = imports.confirm(schoolClass, draftKey, user.auditName());
            return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/pupils?done=imported"))
                    .cookie(cards.keep(schoolClass, user.adult(), added, SignInCards.cookieOf(headers, schoolClass.id)))
                    .build();
        } catch (PupilNames.Problem problem) {
            String changed = Messages.get(Ui.current(), "roster_import_changed") + " " + RosterPage.text(problem);
            return Response.status(409)
                    .entity(Templates.upload(view, room, changed, List.of(), 0))
                    .build();
        }
    }

    @POST
    @Path("{draft}/cancel")
    @Transactional
    public Response cancel(@PathParam("id") String id, @PathParam("draft") String draftKey) {
        SchoolClass schoolClass = access.changeable(id);
        imports.cancel(schoolClass, draftKey);
        return Response.seeOther(URI.create("/classes/" + schoolClass.id + "/pupils"))
                .build();
    }

    /** The uploaded file, or else the pasted text. */
    private static byte[] contentOf(FileUpload file, String pasted) {
        try {
            if (file != null && file.size() > 0) {
                return Files.readAllBytes(file.uploadedFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pasted == null ? new byte[0] : pasted.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(RosterCsv.Problem problem) {
        return problem == null ? null : Messages.format(Ui.current(), problem.key(), problem.args());
    }
}

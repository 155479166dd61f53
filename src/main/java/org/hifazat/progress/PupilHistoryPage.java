package org.hifazat.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Ui;

/** One pupil's history, for their teacher and head teacher: a pupil of another class is not found. */
@Path("/classes/{id}/pupils/{pupil}/history")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class PupilHistoryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(ClassView schoolClass, String name, List<PupilHistory.Entry> modules);
    }

    @Inject
    ClassAccess access;

    @Inject
    PupilHistory history;

    @GET
    @Transactional
    public TemplateInstance history(@PathParam("id") String id, @PathParam("pupil") String pupilId) {
        SchoolClass schoolClass = access.viewable(id);
        Pupil pupil = ClassAccess.parseId(pupilId)
                .flatMap(p -> Pupil.findInClass(schoolClass, p))
                .orElseThrow(NotFoundException::new);
        return Templates.history(
                ClassView.of(schoolClass), pupil.displayName, history.of(pupil, LocalDate.now(), Ui.current()));
    }
}

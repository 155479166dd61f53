package org.hifazat.classes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.school.SchoolClass;

/** The teacher's and the head teacher's start pages: their classes, and what needs their attention. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(
                String name,
                String school,
                boolean head,
                List<ClassService.Summary> open,
                List<ClassService.Summary> archived,
                List<ClassLink> overview);
    }

    @Inject
    CurrentUser user;

    @Inject
    ClassAccess access;

    @Inject
    ClassService classes;

    @GET
    @Path("teacher")
    @RolesAllowed("teacher")
    @Transactional
    public TemplateInstance teacher() {
        return start(false);
    }

    @GET
    @Path("school")
    @RolesAllowed("school-admin")
    @Transactional
    public TemplateInstance schoolAdmin() {
        return start(true);
    }

    private TemplateInstance start(boolean head) {
        List<SchoolClass> visible = access.visibleClasses();
        List<ClassService.Summary> summaries = classes.summaries(visible);
        List<SchoolClass> open = visible.stream().filter(c -> !c.archived).toList();
        AdultAccount adult = user.adult();
        return Templates.start(
                adult.displayName,
                adult.school == null ? "" : adult.school.name + " (" + adult.school.emisCode + ")",
                head,
                summaries.stream().filter(s -> !s.schoolClass().archived()).toList(),
                summaries.stream().filter(s -> s.schoolClass().archived()).toList(),
                classes.overview(open));
    }
}

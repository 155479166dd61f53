package org.hifazat.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Ui;

/** A class's dashboard: the pupils × modules grid, who needs help, missed questions, confidence and a chart. */
@Path("/classes/{id}/dashboard")
@RolesAllowed({"teacher", "school-admin"})
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(ClassView schoolClass, Dashboard d, LocalDate today);
    }

    @Inject
    ClassAccess access;

    @Inject
    DashboardService dashboards;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance dashboard(@PathParam("id") String id) {
        SchoolClass schoolClass = access.viewable(id);
        LocalDate today = LocalDate.now();
        return Templates.dashboard(ClassView.of(schoolClass), dashboards.of(schoolClass, today, Ui.current()), today);
    }
}

package org.hifazat.progress;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.hifazat.audit.AuditLog;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.export.ExportFormat;
import org.hifazat.export.Rows;
import org.hifazat.export.TableExport;
import org.hifazat.identity.CurrentUser;
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

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance dashboard(@PathParam("id") String id) {
        SchoolClass schoolClass = access.viewable(id);
        LocalDate today = LocalDate.now();
        return Templates.dashboard(ClassView.of(schoolClass), dashboards.of(schoolClass, today, Ui.current()), today);
    }

    /** The grid as a CSV or XLSX file: the header and cells exactly as on the page, in the page's language. */
    @GET
    @Path("export")
    @Transactional
    public Response export(@PathParam("id") String id, @QueryParam("format") String format) {
        SchoolClass schoolClass = access.viewable(id);
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(BadRequestException::new);
        LocalDate today = LocalDate.now();
        Dashboard d = dashboards.of(schoolClass, today, Ui.current());
        ClassView view = ClassView.of(schoolClass);
        audit.record(
                user.auditName(),
                "dashboard-exported",
                "class",
                schoolClass.id.toString(),
                chosen.extension() + ", " + d.rows().size() + " pupils, "
                        + d.columns().size() + " modules");
        return TableExport.download(
                chosen,
                "class-" + view.label() + "-dashboard-" + today,
                view.label(),
                d.header(),
                Rows.of(d.exportRows()));
    }
}

package org.hifazat.safeguarding;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The worries inbox over all the teacher's classes (for a head teacher: the reports shared with them), and the guide. */
@Path("/worries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class WorriesInbox {

    @Inject
    WorryAccess access;

    @Inject
    WorryService worries;

    @Inject
    ReportingRoutes routes;

    @GET
    @Transactional
    public TemplateInstance all(@QueryParam("status") String status) {
        WorryStatus filter = filter(status);
        boolean head = access.head();
        return WorryTemplates.inbox(
                null,
                null,
                worries.inbox(access.inboxClasses(), head, filter),
                filter == null ? "" : filter.written(),
                List.of(WorryStatus.values()),
                head,
                routes.guide().isPresent());
    }

    @GET
    @Path("guide")
    public TemplateInstance guide() {
        return WorryTemplates.guide(routes.guide().orElse(null), routes.forTeachers());
    }

    /** The status to list, or null for all of them; anything else is a bad request. */
    static WorryStatus filter(String status) {
        if (status == null || status.isEmpty() || status.equals("all")) {
            return null;
        }
        return WorryStatus.ofWritten(status).orElseThrow(BadRequestException::new);
    }
}

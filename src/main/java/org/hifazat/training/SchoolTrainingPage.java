package org.hifazat.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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

/** The head teacher's view of the school's teachers' training: units mastered and certificates. */
@Path("/school/training")
@RolesAllowed("school-admin")
@Produces(MediaType.TEXT_HTML)
public class SchoolTrainingPage {

    /** One adult of the school and how far they are with the track. */
    @TemplateData
    public record Row(String name, String roleKey, long mastered, long started, String certificateCode) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance school(String school, List<Row> rows, int units, long certified);
    }

    @Inject
    CurrentUser user;

    @Inject
    TrainingService training;

    @GET
    @Transactional
    public TemplateInstance school() {
        AdultAccount head = user.adult();
        List<Row> rows = head.school == null ? List.of() : training.schoolProgress(head.school);
        long certified = rows.stream().filter(r -> r.certificateCode() != null).count();
        String school = head.school == null ? "" : head.school.name + " (" + head.school.emisCode + ")";
        return Templates.school(school, rows, training.units().size(), certified);
    }
}

package org.hifazat.campaign;

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
import java.util.List;
import org.hifazat.assignment.Assignment;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassView;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Language;
import org.hifazat.web.Ui;

/** /classes/{id}/campaigns: where the class's campaign modules came from, for its teacher and head teacher. */
@Path("/classes/{id}/campaigns")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"teacher", "school-admin"})
public class ClassCampaignsPage {

    /** A module given to the class by a campaign. */
    public record FromCampaign(
            String campaign, String module, String grades, String region, LocalDate startsOn, LocalDate endsOn) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(ClassView schoolClass, List<FromCampaign> given);
    }

    @Inject
    ClassAccess access;

    @Inject
    CurriculumService curriculum;

    @Inject
    Ui ui;

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("id") String id) {
        SchoolClass schoolClass = access.viewable(id);
        boolean urdu = ui.language() == Language.UR;
        List<Assignment> assignments = Assignment.list(
                "schoolClass = ?1 and campaignId is not null and withdrawn = false order by startsOn desc, id desc",
                schoolClass);
        List<FromCampaign> given = assignments.stream()
                .map(a -> {
                    Campaign c = Campaign.findById(a.campaignId);
                    String module = curriculum
                            .module(a.moduleId)
                            .map(m -> urdu ? m.title().ur() : m.title().en())
                            .orElse(a.moduleId);
                    return new FromCampaign(
                            c.name,
                            module,
                            CampaignViews.gradesText(c.gradeList()),
                            Region.of(c).name(urdu),
                            a.startsOn,
                            a.endsOn);
                })
                .toList();
        return Templates.campaigns(ClassView.of(schoolClass), given);
    }
}

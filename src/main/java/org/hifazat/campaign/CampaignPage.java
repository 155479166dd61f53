package org.hifazat.campaign;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.hifazat.web.Ui;

/** /ministry/campaigns: the campaigns within the official's scope, starting one, its progress, ending it. */
@Path("/ministry/campaigns")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ministry", "admin"})
public class CampaignPage {

    /** The form's values as typed, so a problem never loses them. */
    public record Fields(
            String name, String module, List<String> grades, String region, String emis, String starts, String ends) {
        public boolean hasGrade(int grade) {
            return grades.contains(String.valueOf(grade));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CampaignViews.CampaignView> campaigns, String scope);

        static native TemplateInstance form(
                Fields fields,
                List<CampaignViews.ModuleChoice> modules,
                List<CampaignViews.RegionChoice> regions,
                String problem);

        static native TemplateInstance view(
                CampaignViews.CampaignView campaign, ShownProgress progress, boolean urdu, String problem);
    }

    static final List<Integer> GRADES = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignViews views;

    @Inject
    CampaignProgress progress;

    @GET
    @Transactional
    public TemplateInstance list() {
        AdultAccount official = user.adult();
        String scope = Region.scopeOf(official).map(r -> r.name(urdu())).orElse("");
        return Templates.list(views.list(official, urdu()), scope);
    }

    @GET
    @Path("new")
    @Transactional
    public TemplateInstance newForm() {
        LocalDate today = LocalDate.now();
        Fields blank = new Fields(
                "", "", List.of(), "", "", today.toString(), today.plusDays(6).toString());
        return form(blank, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @FormParam("name") String name,
            @FormParam("module") String module,
            @FormParam("grade") List<String> grades,
            @FormParam("region") String region,
            @FormParam("emis") String emis,
            @FormParam("starts") String starts,
            @FormParam("ends") String ends) {
        Fields typed = new Fields(
                orEmpty(name),
                orEmpty(module),
                grades == null ? List.of() : grades,
                orEmpty(region),
                orEmpty(emis),
                orEmpty(starts),
                orEmpty(ends));
        // The attempt and a form shown again run in transactions of their own: a refused attempt rolls back whole.
        long officialId = officialId();
        try {
            CampaignForm form = CampaignForm.read(name, module, grades, starts, ends, LocalDate.now());
            String spec = "school".equals(typed.region().strip())
                    ? "school:" + typed.emis().strip()
                    : typed.region();
            long created = campaigns.create(officialId, form, spec, user.auditName()).id;
            return Response.seeOther(URI.create("/ministry/campaigns/" + created))
                    .build();
        } catch (CampaignForm.Problem problem) {
            return Response.status(400).entity(formAgain(typed, problem)).build();
        } catch (ForbiddenException e) {
            return Response.status(403)
                    .entity(formAgain(typed, new CampaignForm.Problem("campaign_problem_scope")))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance view(@PathParam("id") String id) {
        Campaign campaign = campaigns.visible(user.adult(), id);
        return page(campaign, null);
    }

    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("id") String id) {
        return close(id, true);
    }

    @POST
    @Path("{id}/end")
    public Response end(@PathParam("id") String id) {
        return close(id, false);
    }

    private Response close(String id, boolean withdraw) {
        long officialId = officialId();
        try {
            campaigns.close(officialId, id, withdraw, user.auditName());
            return Response.seeOther(URI.create("/ministry/campaigns/" + id)).build();
        } catch (CampaignForm.Problem problem) {
            TemplateInstance refused = QuarkusTransaction.requiringNew()
                    .call(() -> page(campaigns.visible(user.adult(), id), problem.key()));
            return Response.status(409).entity(refused).build();
        }
    }

    private long officialId() {
        return QuarkusTransaction.requiringNew().call(() -> user.adult().id);
    }

    private TemplateInstance formAgain(Fields typed, CampaignForm.Problem problem) {
        return QuarkusTransaction.requiringNew().call(() -> form(typed, problem));
    }

    private TemplateInstance page(Campaign campaign, String problem) {
        return Templates.view(views.view(campaign, urdu()), ShownProgress.of(progress.of(campaign)), urdu(), problem);
    }

    private TemplateInstance form(Fields fields, CampaignForm.Problem problem) {
        AdultAccount official = user.adult();
        String text = problem == null ? null : Messages.format(ui.language(), problem.key(), problem.args());
        return Templates.form(fields, views.modules(urdu()), views.regions(official, urdu()), text);
    }

    private boolean urdu() {
        return ui.language() == Language.UR;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package org.hifazat.reporting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.campaign.CampaignViews;
import org.hifazat.curriculum.ModuleVersion;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.hifazat.web.Ui;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The ministry's regional dashboard: /ministry/dashboard?scope=national|province:CODE|district:CODE|school:EMIS. */
@Path("/ministry/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"ministry", "admin"})
public class MinistryDashboardPage {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A choice in a filter list. */
    public record Option(String value, String label, boolean selected) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(
                Dashboard view,
                List<Option> modules,
                List<Option> bands,
                List<Option> grades,
                List<Option> views,
                List<CampaignViews.AreaCampaign> campaigns,
                boolean admin);

        static native TemplateInstance problem(int status, List<String> problems);
    }

    @Inject
    CurrentUser user;

    @Inject
    Scopes scopes;

    @Inject
    CompletionReports reports;

    @Inject
    CompletionCounts counts;

    @Inject
    CampaignViews campaigns;

    @Inject
    Ui ui;

    @GET
    @Transactional
    public TemplateInstance dashboard(
            @QueryParam("scope") String scopeCode,
            @QueryParam("module") String module,
            @QueryParam("band") String band,
            @QueryParam("grade") String grade,
            @QueryParam("by") String by,
            @QueryParam("sort") String sort,
            @QueryParam("dir") String dir,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        AdultAccount account = user.adult();
        Scope scope = scopes.permitted(account, scopeCode);
        Map<String, ModuleVersion> modules = reports.modules();
        CompletionFilter filter =
                CompletionFilter.parse(module, band, grade, by, sort, dir, from, to, modules.keySet());
        Language language = ui.language();
        boolean urdu = language == Language.UR;
        CompletionTable table = reports.table(scope, filter, language);
        Scope own = scopes.own(account);
        boolean admin = account.role == Role.ADMIN;
        List<Dashboard.Crumb> crumbs = new ArrayList<>();
        for (Scope step : scopes.path(scope)) {
            boolean reachable = (admin || own.contains(step)) && !step.key().equals(scope.key());
            crumbs.add(new Dashboard.Crumb(step.name(urdu), reachable ? Dashboard.href(step.key(), filter) : null));
        }
        List<Dashboard.ShownRow> rows = new ArrayList<>();
        CompletionFilter down = filter.rowsBy(CompletionFilter.By.AREA);
        for (CompletionTable.Row row : table.rows()) {
            rows.add(new Dashboard.ShownRow(
                    row.cells(), row.scope() == null ? null : Dashboard.href(row.scope(), down)));
        }
        Map<String, String> exports = new LinkedHashMap<>();
        for (String format : List.of("csv", "xlsx", "json")) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("scope", scope.key());
            params.putAll(filter.parameters());
            params.put("format", format);
            exports.put(format, Dashboard.API + Dashboard.query(params));
        }
        CompletionCounts.Freshness freshness = counts.freshness();
        Dashboard view = new Dashboard(
                scope,
                scope.name(urdu),
                crumbs,
                filter,
                table,
                Dashboard.headings(table, scope, filter, key -> Messages.get(language, key)),
                rows,
                Dashboard.chart(table),
                exports,
                freshness.changesSeenUntil() == null ? null : TIME.format(freshness.changesSeenUntil()));
        return Templates.dashboard(
                view,
                moduleOptions(modules, filter, urdu),
                bandOptions(filter),
                gradeOptions(filter),
                viewOptions(filter, language),
                campaigns.inArea(
                        account,
                        ScopeType.valueOf(scope.level().name()),
                        scope.provinceId(),
                        scope.districtId(),
                        scope.schoolId(),
                        urdu),
                admin);
    }

    /** An admin recounts every school now (after a bulk load, say) instead of waiting for the nightly count. */
    @POST
    @Path("recount")
    @RolesAllowed("admin")
    public Response recount() {
        counts.refresh(true);
        return Response.seeOther(URI.create("/ministry/dashboard")).build();
    }

    @ServerExceptionMapper
    public Response refused(ReportProblem problem) {
        Language language = ui.language();
        List<String> texts =
                problem.details().stream().map(d -> text(language, d)).toList();
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(problem.status(), texts))
                .build();
    }

    /** A problem detail ("key|argument") in the reader's language. */
    static String text(Language language, String detail) {
        int bar = detail.indexOf('|');
        return bar < 0
                ? Messages.get(language, detail)
                : Messages.format(language, detail.substring(0, bar), List.of(detail.substring(bar + 1)));
    }

    private static List<Option> moduleOptions(Map<String, ModuleVersion> modules, CompletionFilter f, boolean urdu) {
        List<Option> options = new ArrayList<>();
        modules.values()
                .forEach(m -> options.add(new Option(
                        m.moduleId,
                        (urdu ? m.titleUr : m.titleEn) + (m.band == null ? "" : " (" + m.band + ")"),
                        m.moduleId.equals(f.module()))));
        return options;
    }

    private static List<Option> bandOptions(CompletionFilter f) {
        return CompletionFilter.BANDS.stream()
                .sorted()
                .map(b -> new Option(b, b, b.equals(f.band())))
                .toList();
    }

    private static List<Option> gradeOptions(CompletionFilter f) {
        List<Option> options = new ArrayList<>();
        for (int g = 1; g <= 12; g++) {
            options.add(new Option(Integer.toString(g), Integer.toString(g), f.grade() != null && f.grade() == g));
        }
        return options;
    }

    private static List<Option> viewOptions(CompletionFilter f, Language language) {
        List<Option> options = new ArrayList<>();
        for (CompletionFilter.By by : CompletionFilter.By.values()) {
            options.add(new Option(by.code(), Messages.get(language, "report_by_" + by.code()), by == f.by()));
        }
        return options;
    }
}

package org.hifazat.curriculum;

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
import java.util.List;
import java.util.Locale;
import org.hifazat.audit.AuditLog;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.format.Problem;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.identity.CurrentUser;
import org.hifazat.web.Ui;

/**
 * For system admins: what was loaded from lessons/ and content/, what failed and why (every problem as
 * {@code path:line: message}), and a reload after the files were fixed.
 */
@Path("/admin/curriculum")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class CurriculumAdminPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance curriculum(
                String loadedAt,
                boolean reloaded,
                List<FailureRow> failures,
                List<ModuleRow> modules,
                List<MaterialRow> materials,
                List<FactRow> facts);
    }

    /** {@code kindKey} is a message key: a module, a material or a shared file. */
    public record FailureRow(String kindKey, String name, List<String> problems) {}

    public record ModuleRow(String id, String version, String audienceKey, String topic, String band, String title) {}

    public record MaterialRow(String id, String version, String kindKey, String title) {}

    public record FactRow(String key, boolean verified, String checked, String source) {}

    @Inject
    CurriculumService curriculum;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page(@QueryParam("reloaded") String reloaded) {
        Catalogue catalogue = curriculum.catalogue();
        String lang = ui.lang();
        return Templates.curriculum(
                curriculum.loadedAt() == null ? "" : WHEN.format(curriculum.loadedAt()),
                reloaded != null,
                catalogue.failures().stream()
                        .map(f -> new FailureRow(
                                "curriculum_kind_" + f.kind(),
                                f.name(),
                                f.problems().stream().map(Problem::toString).toList()))
                        .toList(),
                CatalogueOrder.sorted(catalogue).stream()
                        .map(m -> new ModuleRow(
                                m.id(),
                                m.version(),
                                "curriculum_audience_" + ModuleViews.audienceOf(m),
                                m.topic(),
                                m.band() == null ? "" : m.band().name(),
                                m.title().in(lang)))
                        .toList(),
                catalogue.materials().stream()
                        .map(m -> new MaterialRow(
                                m.id(),
                                m.version(),
                                "material_kind_" + m.kind().written().replace('-', '_'),
                                m.title().in(lang)))
                        .toList(),
                catalogue.facts().values().stream()
                        .sorted(java.util.Comparator.comparing(Fact::key))
                        .map(f -> new FactRow(f.key(), f.verified(), String.valueOf(f.checked()), f.source()))
                        .toList());
    }

    @POST
    @Path("reload")
    @Transactional
    public Response reload() {
        Catalogue catalogue = curriculum.reload();
        audit.record(
                user.auditName(),
                "curriculum-reload",
                "curriculum",
                null,
                String.format(
                        Locale.ROOT,
                        "%d modules, %d materials loaded; %d not loaded",
                        catalogue.modules().size(),
                        catalogue.materials().size(),
                        catalogue.failures().size()));
        return Response.seeOther(URI.create("/admin/curriculum?reloaded=1")).build();
    }
}

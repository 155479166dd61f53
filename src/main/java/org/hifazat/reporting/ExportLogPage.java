package org.hifazat.reporting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.audit.AuditEvent;
import org.hifazat.classes.ClassAccess;
import org.hifazat.identity.AdultAccount;

/** The admin's log of every export (any audit event whose action names an export), newest first, 50 a page. */
@Path("/admin/exports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class ExportLogPage {

    static final int PAGE = 50;

    /** One export: when, who (account name and username), what, and the details recorded. */
    public record Entry(String when, String who, String action, String target, String details) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exports(List<Entry> entries, Integer newer, Integer older);
    }

    @GET
    @Transactional
    public TemplateInstance exports(@QueryParam("page") String pageText) {
        int page = ClassAccess.parseId(pageText)
                .map(p -> (int) Math.min(p, 100_000))
                .orElse(0);
        List<AuditEvent> events = AuditEvent.<AuditEvent>find(
                        "action like ?1 order by occurredAt desc, id desc", "%export%")
                .page(page, PAGE)
                .list();
        boolean older = AuditEvent.find("action like ?1", "%export%").count() > (long) (page + 1) * PAGE;
        Map<String, String> names = new HashMap<>();
        List<Entry> entries = events.stream()
                .map(e -> new Entry(
                        MinistryDashboardPage.TIME.format(e.occurredAt),
                        names.computeIfAbsent(e.actor, ExportLogPage::who),
                        e.action,
                        e.targetId == null ? "" : e.targetId,
                        e.details == null ? "" : e.details))
                .toList();
        return Templates.exports(entries, page > 0 ? page - 1 : null, older ? page + 1 : null);
    }

    /** "adult:12" as "Ms Sana Qureshi (ministry)"; anything else as it was recorded. */
    private static String who(String actor) {
        if (actor != null && actor.startsWith("adult:")) {
            return ClassAccess.parseId(actor.substring(6))
                    .flatMap(id -> AdultAccount.<AdultAccount>findByIdOptional(id))
                    .map(a -> a.displayName + " (" + a.username + ")")
                    .orElse(actor);
        }
        return actor;
    }
}

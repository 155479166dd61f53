package org.hifazat.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hifazat.audit.AuditLog;
import org.hifazat.export.ExportFormat;
import org.hifazat.export.Rows;
import org.hifazat.export.TableExport;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.web.ErrorResponses;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.hifazat.web.Ui;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The completion report as a file or JSON: the dashboard's table for the same scope and filters, cell for cell.
 * Every export is written to the audit log (who, when, scope, filters, rows) before it is sent; a refused request
 * writes nothing.
 */
@Path(CompletionApi.PATH)
@RolesAllowed({"ministry", "admin"})
public class CompletionApi {

    static final String PATH = Dashboard.API;
    static final String AUDIT_ACTION = "report-export";

    @Inject
    CurrentUser user;

    @Inject
    Scopes scopes;

    @Inject
    CompletionReports reports;

    @Inject
    CompletionCounts counts;

    @Inject
    AuditLog audit;

    @Inject
    Ui ui;

    /** What one export holds, worked out (and audited) in one transaction before the body is written. */
    record Export(Scope scope, CompletionFilter filter, CompletionTable table, String countedAt) {}

    @GET
    @Produces({
        MediaType.APPLICATION_JSON,
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @Operation(summary = "Pupils enrolled, started, completed and mastered in a scope, small counts suppressed")
    public Response completion(
            @Parameter(description = "national, province:CODE, district:CODE or school:EMIS; your own if left out")
                    @QueryParam("scope")
                    String scopeCode,
            @Parameter(description = "json (default), csv or xlsx") @QueryParam("format") String format,
            @Parameter(description = "one module id") @QueryParam("module") String module,
            @Parameter(description = "one band: A, B, C or D") @QueryParam("band") String band,
            @Parameter(description = "one grade, 1-12") @QueryParam("grade") String grade,
            @Parameter(description = "rows by area (default), module or grade") @QueryParam("by") String by,
            @Parameter(description = "column to sort by") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc") @QueryParam("dir") String dir,
            @Parameter(description = "first day of a date range, YYYY-MM-DD (give both days or neither)")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "last day of the range, both included") @QueryParam("to") String to) {
        boolean json = format == null || format.isBlank() || format.strip().equalsIgnoreCase("json");
        Optional<ExportFormat> file = json ? Optional.empty() : ExportFormat.parse(format);
        if (!json && file.isEmpty()) {
            throw new ReportProblem(400, "report_problem_format", format.strip());
        }
        Language language = ui.language();
        String formatName = json ? "json" : file.get().extension();
        Export export = QuarkusTransaction.requiringNew().call(() -> {
            AdultAccount account = user.adult();
            Scope scope = scopes.permitted(account, scopeCode);
            CompletionFilter filter = CompletionFilter.parse(
                    module,
                    band,
                    grade,
                    by,
                    sort,
                    dir,
                    from,
                    to,
                    reports.modules().keySet());
            CompletionTable table = reports.table(scope, filter, language);
            audit.record(
                    user.auditName(),
                    AUDIT_ACTION,
                    "report",
                    scope.key(),
                    "format=" + formatName + "; scope=" + scope.key() + "; filters=" + filter.describe() + "; rows="
                            + table.rows().size());
            CompletionCounts.Freshness freshness = counts.freshness();
            return new Export(
                    scope,
                    filter,
                    table,
                    freshness.changesSeenUntil() == null
                            ? null
                            : MinistryDashboardPage.TIME.format(freshness.changesSeenUntil()));
        });
        List<String> headers = export.table().columns().stream()
                .map(c -> Messages.get(language, c.labelKey()))
                .toList();
        if (json) {
            return Response.ok(json(export, headers), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        DateRange range = export.filter().range();
        String name = "completion-" + export.scope().key().replace(':', '-')
                + (range == null ? "" : "-" + range.from() + "-to-" + range.to()) + "-" + LocalDate.now();
        return TableExport.download(
                file.get(), name, Messages.get(language, "report_title"), headers, Rows.of(cells(export.table())));
    }

    /** Every row and then the total, as export cells: shown numbers as numbers, everything else as its text. */
    static List<List<Object>> cells(CompletionTable table) {
        List<List<Object>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(cells(r)));
        rows.add(cells(table.total()));
        return rows;
    }

    private static List<Object> cells(CompletionTable.Row row) {
        List<Object> cells = new ArrayList<>();
        for (CompletionTable.Cell cell : row.cells()) {
            cells.add(cell.number() != null ? cell.number() : cell.text().isEmpty() ? null : cell.text());
        }
        return cells;
    }

    private static Map<String, Object> json(Export export, List<String> headers) {
        CompletionTable table = export.table();
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(Map.of("key", table.columns().get(i).key(), "label", headers.get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", export.scope().key());
        DateRange range = export.filter().range();
        body.put("from", range == null ? null : range.from().toString());
        body.put("to", range == null ? null : range.to().toString());
        body.put("countedAt", export.countedAt());
        body.put("columns", columns);
        List<Map<String, Object>> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(object(table, r)));
        body.put("rows", rows);
        body.put("total", object(table, table.total()));
        return body;
    }

    private static Map<String, Object> object(CompletionTable table, CompletionTable.Row row) {
        Map<String, Object> object = new LinkedHashMap<>();
        List<Object> cells = cells(row);
        for (int i = 0; i < cells.size(); i++) {
            object.put(table.columns().get(i).key(), cells.get(i));
        }
        return object;
    }

    @ServerExceptionMapper
    public Response refused(ReportProblem problem) {
        List<String> details = problem.details().stream()
                .map(d -> MinistryDashboardPage.text(Language.EN, d))
                .toList();
        return Response.status(problem.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of(
                        "error",
                        Messages.get(Language.EN, "error_" + ErrorResponses.known(problem.status()) + "_title"),
                        "details",
                        details))
                .build();
    }
}

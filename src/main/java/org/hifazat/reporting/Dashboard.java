package org.hifazat.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard page shows, worked out before rendering: breadcrumbs, the table with its sort links,
 * the chart's bars, and the links to other views and exports.
 */
public record Dashboard(
        Scope scope,
        String scopeName,
        List<Crumb> crumbs,
        CompletionFilter filter,
        CompletionTable table,
        List<Heading> headings,
        List<ShownRow> rows,
        Chart chart,
        Map<String, String> exports,
        String countedAt) {

    /** A step of the breadcrumbs; href null when the user may not open it (or it is this page). */
    public record Crumb(String name, String href) {}

    /** A column heading with the link that sorts by it, and the current order as "asc", "desc" or "". */
    public record Heading(String label, String href, String order, boolean numeric) {}

    /** A table row with the drill-down link of its first cell (or null). */
    public record ShownRow(List<CompletionTable.Cell> cells, String href) {}

    /** One row of the chart: its label and two bars (completed, mastered) as widths out of {@link #WIDTH}. */
    public record Bar(String label, int y, int completed, int mastered, String completedText, String masteredText) {}

    public record Chart(List<Bar> bars, int height, boolean cut) {}

    static final String API = "/api/v1/reports/completion";
    static final int WIDTH = 160;
    static final int MAX_BARS = 30;
    static final int ROW_HEIGHT = 30;

    static String href(String scopeKey, CompletionFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", scopeKey);
        params.putAll(filter.parameters());
        return "/ministry/dashboard" + query(params);
    }

    static String query(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    static List<Heading> headings(
            CompletionTable table,
            Scope scope,
            CompletionFilter filter,
            java.util.function.Function<String, String> label) {
        List<Heading> headings = new ArrayList<>();
        for (CompletionTable.Column column : table.columns()) {
            boolean sortable = CompletionTable.SORTABLE.contains(column.key());
            String order = column.key().equals(filter.sort()) ? (filter.descending() ? "desc" : "asc") : "";
            headings.add(new Heading(
                    label.apply(column.labelKey()),
                    sortable ? href(scope.key(), filter.sortedBy(column.key())) : null,
                    order,
                    column.numeric()));
        }
        return headings;
    }

    static Chart chart(CompletionTable table) {
        int completed = table.columnIndex("completed_pct");
        int mastered = table.columnIndex("mastered_pct");
        List<Bar> bars = new ArrayList<>();
        for (CompletionTable.Row row : table.rows()) {
            if (bars.size() == MAX_BARS) {
                break;
            }
            String name = row.cell(0).text();
            String label = name.length() > 22 ? name.substring(0, 21) + "…" : name;
            bars.add(new Bar(
                    label,
                    bars.size() * ROW_HEIGHT,
                    width(row.cell(completed)),
                    width(row.cell(mastered)),
                    text(row.cell(completed)),
                    text(row.cell(mastered))));
        }
        return new Chart(
                bars,
                Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT),
                table.rows().size() > MAX_BARS);
    }

    private static int width(CompletionTable.Cell cell) {
        return cell.number() == null ? 0 : (int) Math.min(WIDTH, cell.number() * WIDTH / 100);
    }

    private static String text(CompletionTable.Cell cell) {
        return cell.number() == null ? "–" : cell.number() + "%";
    }
}

package org.hifazat.progress;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/**
 * What a class dashboard shows, every text already in the page's language: the grid exported is the grid on
 * screen.
 */
@TemplateData
public record Dashboard(
        List<Column> columns,
        List<GridRow> rows,
        List<ModuleSummary> summaries,
        List<QuestionStat> questions,
        List<HelpRow> needsHelp,
        CompletionChart chart,
        Labels labels) {

    /** Where a pupil stands on a module. The symbol makes the state readable without its colour. */
    public enum Status {
        NOT_STARTED("○"),
        IN_PROGRESS("◐"),
        COMPLETED("●"),
        MASTERED("★");

        private final String symbol;

        Status(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public String key() {
            return "dashboard_status_" + name().toLowerCase();
        }

        /** The CSS class of the cell. */
        public String css() {
            return "st-" + name().toLowerCase().replace('_', '-');
        }
    }

    /** A module of the grid. */
    @TemplateData
    public record Column(String moduleId, String title) {}

    /** One cell: status, its words as shown ("In progress 3/8"), and the best score in percent or "". */
    @TemplateData
    public record Cell(Status status, String text, String score) {}

    @TemplateData
    public record GridRow(long pupilId, String name, List<Cell> cells) {}

    /** The column headings of the grid as exported: the pupil, then status and score of each module. */
    @TemplateData
    public record Labels(String pupil, String status, String score) {}

    /** A module's numbers over the class, with denominators; confidence averages are "" when nobody answered. */
    @TemplateData
    public record ModuleSummary(
            String title,
            int pupils,
            int started,
            int completed,
            int mastered,
            String averageScore,
            String confidenceBefore,
            long before,
            String confidenceAfter,
            long after) {}

    /** A question many pupils got wrong, and the wrong answer chosen most ("" when it has no single choice). */
    @TemplateData
    public record QuestionStat(
            String module, String prompt, long wrong, long answered, String commonWrong, long times) {}

    /** A pupil who needs help, and why (one line per module). */
    @TemplateData
    public record HelpRow(long pupilId, String name, List<String> reasons) {}

    /** The legend: every status with its symbol. */
    public List<Status> statuses() {
        return List.of(Status.values());
    }

    /** The grid as an export sees it: the header, then one line per pupil, exactly the texts on screen. */
    public List<List<String>> table() {
        List<List<String>> table = new ArrayList<>();
        table.add(header());
        for (GridRow row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.name());
            for (Cell cell : row.cells()) {
                line.add(cell.text());
                line.add(cell.score());
            }
            table.add(line);
        }
        return table;
    }

    public List<String> header() {
        List<String> header = new ArrayList<>();
        header.add(labels.pupil());
        for (Column column : columns) {
            header.add(column.title() + " – " + labels.status());
            header.add(column.title() + " – " + labels.score());
        }
        return header;
    }
}

package org.hifazat.campaign;

import java.util.ArrayList;
import java.util.List;
import org.hifazat.reporting.Suppression;

/**
 * A campaign's progress as it may be shown: pupil counts from 1 to 4 hidden as "&lt;5" and, where a column's total
 * would give one away, the smallest other count of the column as "*" (the completion report's {@link Suppression}).
 * A hidden count has no percentage and no bar, so its exact value never leaves the server. Classes reached are not
 * pupils and are always shown.
 */
public record ShownProgress(Figures total, List<Figures> parts, String partKind, boolean anyHidden) {

    /** A count as shown, with its share of the row's pupils (whole per cent, rounded down) when that is shown. */
    public record Figure(String text, Integer percent) {

        public boolean hidden() {
            return SMALL.equals(text) || COMPLEMENT.equals(text);
        }

        public boolean hasPercent() {
            return percent != null;
        }

        /** The bar's length out of 100: nothing for a hidden count. */
        public int bar() {
            return percent == null ? 0 : percent;
        }
    }

    /** One row: a part of the region, or the whole. */
    public record Figures(
            String nameEn,
            String nameUr,
            long classes,
            Figure enrolled,
            Figure started,
            Figure completed,
            Figure mastered) {

        public String name(boolean urdu) {
            return urdu ? nameUr : nameEn;
        }

        boolean anyHidden() {
            return enrolled.hidden() || started.hidden() || completed.hidden() || mastered.hidden();
        }
    }

    static final String SMALL = "<5";
    static final String COMPLEMENT = "*";

    /** The page's table: parts suppressed together (so the total cannot reveal one), the total on its own. */
    static ShownProgress of(CampaignProgress.Report report) {
        long[][] counts = report.parts().stream().map(ShownProgress::counts).toArray(long[][]::new);
        Suppression.Mark[][] marks = Suppression.marks(counts);
        List<Figures> parts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            parts.add(figures(report.parts().get(i), marks[i]));
        }
        Figures total = alone(report.total());
        boolean anyHidden = total.anyHidden() || parts.stream().anyMatch(Figures::anyHidden);
        return new ShownProgress(total, List.copyOf(parts), report.partKind(), anyHidden);
    }

    /** One row shown with no others beside it: only its small counts are hidden. */
    static Figures alone(CampaignProgress.Row row) {
        long[] counts = counts(row);
        Suppression.Mark[] marks = new Suppression.Mark[counts.length];
        for (int c = 0; c < counts.length; c++) {
            marks[c] = Suppression.small(counts[c]) ? Suppression.Mark.SMALL : Suppression.Mark.SHOWN;
        }
        return figures(row, marks);
    }

    private static long[] counts(CampaignProgress.Row row) {
        return new long[] {row.enrolled(), row.started(), row.completed(), row.mastered()};
    }

    private static Figures figures(CampaignProgress.Row row, Suppression.Mark[] marks) {
        long[] counts = counts(row);
        boolean enrolledShown = marks[0] == Suppression.Mark.SHOWN;
        Figure[] figures = new Figure[counts.length];
        for (int c = 0; c < counts.length; c++) {
            String text =
                    switch (marks[c]) {
                        case SHOWN -> Long.toString(counts[c]);
                        case SMALL -> SMALL;
                        case COMPLEMENT -> COMPLEMENT;
                    };
            boolean percent = c > 0 && marks[c] == Suppression.Mark.SHOWN && enrolledShown && counts[0] > 0;
            figures[c] = new Figure(text, percent ? row.percent(counts[c]) : null);
        }
        return new Figures(row.nameEn(), row.nameUr(), row.classes(), figures[0], figures[1], figures[2], figures[3]);
    }
}

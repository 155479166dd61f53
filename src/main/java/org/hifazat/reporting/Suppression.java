package org.hifazat.reporting;

/**
 * Small-cell suppression of a table of counts whose columns add up to a total row.
 *
 * <p>Rule: a count from 1 to 4 is <b>small</b> and hidden (shown as "&lt;5"); 0 and 5 or more are shown. A total is
 * the sum of its column, so a column with exactly one hidden cell would give it away (total minus the others); in
 * such a column the smallest other non-zero count is hidden too (<b>complementary</b>, shown as "*"), the first such
 * row on a tie. A hidden total (1-4) leaves every non-zero cell of its column small and hidden as well. Percentages
 * of a hidden count, and every percentage of a row whose enrolled count is hidden, are not shown.
 */
public final class Suppression {

    public enum Mark {
        SHOWN,
        SMALL,
        COMPLEMENT
    }

    private Suppression() {}

    public static boolean small(long count) {
        return count >= 1 && count <= 4;
    }

    /**
     * Which cells to hide.
     *
     * @param rows counts by row and column, rows in a fixed order (that order settles ties)
     * @return marks by row and column; the total row's marks are only ever SHOWN or SMALL
     */
    public static Mark[][] marks(long[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        Mark[][] marks = new Mark[rows.length][columns];
        for (int c = 0; c < columns; c++) {
            int hidden = 0;
            for (int r = 0; r < rows.length; r++) {
                marks[r][c] = small(rows[r][c]) ? Mark.SMALL : Mark.SHOWN;
                hidden += marks[r][c] == Mark.SMALL ? 1 : 0;
            }
            if (hidden == 1) {
                int partner = -1;
                for (int r = 0; r < rows.length; r++) {
                    if (marks[r][c] == Mark.SHOWN && rows[r][c] > 0 && (partner < 0 || rows[r][c] < rows[partner][c])) {
                        partner = r;
                    }
                }
                if (partner >= 0) {
                    marks[partner][c] = Mark.COMPLEMENT;
                }
            }
        }
        return marks;
    }
}

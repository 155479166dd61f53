package org.hifazat.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The completion table exactly as shown: columns, rows of cell texts (suppression applied) in the chosen order, and
 * the total row. Screen, CSV, XLSX and JSON are all written from one of these, so they cannot differ.
 */
public final class CompletionTable {

    public static final String NAME = "name";
    public static final String SMALL = "<5";
    public static final String COMPLEMENT = "*";
    static final List<String> COUNTS = List.of("enrolled", "started", "completed", "mastered");
    static final Set<String> SORTABLE = Set.of(
            NAME,
            "schools",
            "enrolled",
            "started",
            "started_pct",
            "completed",
            "completed_pct",
            "mastered",
            "mastered_pct",
            "teachers",
            "trained",
            "trained_pct");

    /**
     * One row before suppression.
     *
     * @param name what the row is (a province, school or module name, or a grade)
     * @param code its code (EMIS code, district code, module id, grade number)
     * @param scope the scope key to drill down to, or null
     * @param extra the schools in an area, or a module's band; null when the table has no such column
     * @param counts enrolled, started, completed, mastered
     * @param training teachers and teachers trained, or null when rows are not areas (modules, grades)
     */
    public record Line(String name, String code, String scope, String extra, long[] counts, long[] training) {
        public Line(String name, String code, String scope, String extra, long[] counts) {
            this(name, code, scope, extra, counts, null);
        }

        /** Pupil counts, then the teachers' when the table has them: the columns suppression works on. */
        long[] all() {
            if (training == null) {
                return counts;
            }
            long[] all = Arrays.copyOf(counts, counts.length + training.length);
            System.arraycopy(training, 0, all, counts.length, training.length);
            return all;
        }
    }

    /** A column: its key (also the CSV and JSON name), the message key of its heading, whether it holds numbers. */
    public record Column(String key, String labelKey, boolean numeric) {}

    /** A cell: the text everyone sees, and its number when it is a shown number (else null). */
    public record Cell(String text, Long number) {
        static Cell of(long n) {
            return new Cell(Long.toString(n), n);
        }

        static Cell text(String text) {
            return new Cell(text, null);
        }

        public boolean hidden() {
            return SMALL.equals(text) || COMPLEMENT.equals(text);
        }
    }

    public record Row(List<Cell> cells, String scope) {
        public Cell cell(int index) {
            return cells.get(index);
        }
    }

    private final List<Column> columns;
    private final List<Row> rows;
    private final Row total;
    private final boolean anyHidden;

    private CompletionTable(List<Column> columns, List<Row> rows, Row total, boolean anyHidden) {
        this.columns = columns;
        this.rows = rows;
        this.total = total;
        this.anyHidden = anyHidden;
    }

    /**
     * Builds the table: suppression decided on the rows in the given order (ties go to the first), then sorted by
     * what is shown, never by a hidden value.
     *
     * @param nameKey heading of the first column
     * @param extraKey "schools", "band" or null: the column between code and counts
     * @param total the total row; when it has training figures every line has them, and the table gets teachers,
     *     trained and % trained after the pupils' columns
     */
    public static CompletionTable build(
            String nameKey, String extraKey, List<Line> lines, Line total, String sort, boolean descending) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(NAME, nameKey, false));
        columns.add(new Column("code", "report_column_code", false));
        if (extraKey != null) {
            columns.add(new Column(extraKey, "report_column_" + extraKey, extraKey.equals("schools")));
        }
        for (String count : COUNTS) {
            columns.add(new Column(count, "report_column_" + count, true));
            if (!count.equals("enrolled")) {
                columns.add(new Column(count + "_pct", "report_column_" + count + "_pct", true));
            }
        }
        boolean training = total.training() != null;
        if (training) {
            columns.add(new Column("teachers", "report_column_teachers", true));
            columns.add(new Column("trained", "report_column_trained", true));
            columns.add(new Column("trained_pct", "report_column_trained_pct", true));
        }
        long[][] counts = lines.stream().map(Line::all).toArray(long[][]::new);
        Suppression.Mark[][] marks = Suppression.marks(counts);
        List<Row> rows = new ArrayList<>();
        boolean anyHidden = false;
        for (int i = 0; i < lines.size(); i++) {
            rows.add(row(lines.get(i), marks[i], extraKey != null));
            anyHidden |= rows.get(i).cells().stream().anyMatch(Cell::hidden);
        }
        long[] totals = total.all();
        Suppression.Mark[] totalMarks = new Suppression.Mark[totals.length];
        for (int c = 0; c < totalMarks.length; c++) {
            totalMarks[c] = Suppression.small(totals[c]) ? Suppression.Mark.SMALL : Suppression.Mark.SHOWN;
        }
        Row totalRow = row(total, totalMarks, extraKey != null);
        anyHidden |= totalRow.cells().stream().anyMatch(Cell::hidden);
        int sortIndex = indexOf(columns, sort);
        Comparator<Row> byName = Comparator.comparing(r -> r.cell(0).text(), String.CASE_INSENSITIVE_ORDER);
        Comparator<Row> order;
        if (sortIndex <= 0) {
            order = byName;
            if (descending) {
                order = order.reversed();
            }
        } else {
            Comparator<Row> byValue = Comparator.comparingLong(r -> shownValue(r.cell(sortIndex)));
            order = (descending ? byValue.reversed() : byValue).thenComparing(byName);
        }
        rows.sort(order);
        return new CompletionTable(List.copyOf(columns), List.copyOf(rows), totalRow, anyHidden);
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public Row total() {
        return total;
    }

    /** Whether any cell is hidden, so the page explains the marks. */
    public boolean anyHidden() {
        return anyHidden;
    }

    /** Whether the rows are areas with the teachers' columns. */
    public boolean hasTeachers() {
        return indexOf(columns, "teachers") >= 0;
    }

    public int columnIndex(String key) {
        return indexOf(columns, key);
    }

    private static Row row(Line line, Suppression.Mark[] marks, boolean extra) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(line.name()));
        cells.add(Cell.text(line.code()));
        if (extra) {
            String value = line.extra() == null ? "" : line.extra();
            cells.add(value.matches("\\d{1,18}") ? Cell.of(Long.parseLong(value)) : Cell.text(value));
        }
        long[] all = line.all();
        for (int c = 0; c < all.length; c++) {
            cells.add(cell(all[c], marks[c]));
            // each pupil count after enrolled has a percentage of enrolled; teachers trained one of teachers
            int whole = c < COUNTS.size() ? 0 : COUNTS.size();
            if (c != whole) {
                boolean shown =
                        marks[c] == Suppression.Mark.SHOWN && marks[whole] == Suppression.Mark.SHOWN && all[whole] > 0;
                cells.add(shown ? Cell.of(percent(all[c], all[whole])) : Cell.text(""));
            }
        }
        return new Row(List.copyOf(cells), line.scope());
    }

    private static Cell cell(long n, Suppression.Mark mark) {
        return switch (mark) {
            case SHOWN -> Cell.of(n);
            case SMALL -> Cell.text(SMALL);
            case COMPLEMENT -> Cell.text(COMPLEMENT);
        };
    }

    /** Whole per cent, rounded half up. */
    static long percent(long part, long whole) {
        return (part * 200 + whole) / (whole * 2);
    }

    /** A hidden or empty cell sorts below every number, so the order says nothing about what is hidden. */
    private static long shownValue(Cell cell) {
        return cell.number() == null ? -1 : cell.number();
    }

    private static int indexOf(List<Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}

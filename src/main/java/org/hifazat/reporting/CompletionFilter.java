package org.hifazat.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a completion table shows besides its scope: rows by area (the scope's provinces, districts, schools or
 * grades), by module or by grade; only one module, band or grade if asked; sorted by a column; what pupils did
 * within a date range if one is given (null: all dates).
 */
public record CompletionFilter(
        String module, String band, Integer grade, By by, String sort, boolean descending, DateRange range) {

    public enum By {
        AREA,
        MODULE,
        GRADE;

        public String code() {
            return name().toLowerCase();
        }
    }

    static final Set<String> BANDS = Set.of("A", "B", "C", "D");

    public static CompletionFilter all() {
        return new CompletionFilter(null, null, null, By.AREA, CompletionTable.NAME, false, null);
    }

    /**
     * Reads the filter as typed in an address; every problem at once (400). A module must be one of
     * {@code modules}; a range needs both dates ({@link DateRange}).
     */
    public static CompletionFilter parse(
            String module,
            String band,
            String grade,
            String by,
            String sort,
            String dir,
            String from,
            String to,
            Set<String> modules) {
        List<String> problems = new ArrayList<>();
        String moduleId = blank(module) ? null : module.strip();
        if (moduleId != null && !modules.contains(moduleId)) {
            problems.add("report_problem_module|" + cut(moduleId));
        }
        String bandCode = blank(band) ? null : band.strip().toUpperCase();
        if (bandCode != null && !BANDS.contains(bandCode)) {
            problems.add("report_problem_band|" + cut(band));
        }
        Integer gradeNumber = null;
        if (!blank(grade)) {
            try {
                gradeNumber = Integer.parseInt(grade.strip());
            } catch (NumberFormatException e) {
                gradeNumber = -1;
            }
            if (gradeNumber < 1 || gradeNumber > 12) {
                problems.add("report_problem_grade|" + cut(grade));
            }
        }
        By rows = By.AREA;
        if (!blank(by)) {
            rows = switch (by.strip().toLowerCase()) {
                case "area" -> By.AREA;
                case "module" -> By.MODULE;
                case "grade" -> By.GRADE;
                default -> {
                    problems.add("report_problem_by|" + cut(by));
                    yield By.AREA;
                }
            };
        }
        String column = blank(sort) ? CompletionTable.NAME : sort.strip().toLowerCase();
        if (!CompletionTable.SORTABLE.contains(column)) {
            problems.add("report_problem_sort|" + cut(sort));
        }
        boolean descending = false;
        if (!blank(dir)) {
            switch (dir.strip().toLowerCase()) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                default -> problems.add("report_problem_dir|" + cut(dir));
            }
        }
        DateRange range = DateRange.parse(from, to, LocalDate.now(), problems);
        if (!problems.isEmpty()) {
            throw new ReportProblem(400, problems);
        }
        return new CompletionFilter(moduleId, bandCode, gradeNumber, rows, column, descending, range);
    }

    /** The same filter sorted by another column (the other way if it is already sorted by that one). */
    public CompletionFilter sortedBy(String column) {
        boolean flip = column.equals(sort) && !descending;
        return new CompletionFilter(module, band, grade, by, column, flip, range);
    }

    public CompletionFilter rowsBy(By rows) {
        return new CompletionFilter(module, band, grade, rows, CompletionTable.NAME, false, range);
    }

    /** The range's first day as the form shows it (yyyy-MM-dd), or "". */
    public String fromText() {
        return range == null ? "" : range.from().toString();
    }

    /** The range's last day as the form shows it, or "". */
    public String toText() {
        return range == null ? "" : range.to().toString();
    }

    /** The query parameters that give this filter (empty ones left out), in a stable order. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (module != null) {
            p.put("module", module);
        }
        if (band != null) {
            p.put("band", band);
        }
        if (grade != null) {
            p.put("grade", grade.toString());
        }
        if (range != null) {
            p.put("from", fromText());
            p.put("to", toText());
        }
        if (by != By.AREA) {
            p.put("by", by.code());
        }
        if (!CompletionTable.NAME.equals(sort)) {
            p.put("sort", sort);
        }
        if (descending) {
            p.put("dir", "desc");
        }
        return p;
    }

    /** For the audit log: "module=x, band=B, from=2024-03-01, to=2024-03-31, by=module, sort=started" or "none". */
    public String describe() {
        Map<String, String> p = parameters();
        return p.isEmpty() ? "none" : p.toString().replaceAll("[{}]", "");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String cut(String s) {
        String v = s.strip();
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}

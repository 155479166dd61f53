package org.hifazat.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a class list: one pupil a line, "first name, initial" and optionally the grade, with or without a heading
 * line, in UTF-8 (with or without a byte-order mark) or UTF-16. Every line is checked; a problem names its line.
 * Whole-file problems (not a CSV, wrong columns, more pupils than the class may have) stop before any line.
 */
public final class RosterCsv {

    /** A problem to show: a message key and the values for its %s. */
    public record Problem(String key, List<Object> args) {
        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    /** One pupil line: what was typed, the name it gives, or its problem. */
    public record Line(int number, String firstName, String initial, PupilNames.Name name, Problem problem) {}

    /** The whole file: a file problem, or its lines (each fine or with its problem). */
    public record Result(Problem fileProblem, List<Line> lines) {
        public boolean importable() {
            return fileProblem == null && !lines.isEmpty() && problemCount() == 0;
        }

        public long problemCount() {
            return lines.stream().filter(l -> l.problem() != null).count();
        }

        public List<PupilNames.Name> names() {
            return lines.stream().map(Line::name).toList();
        }
    }

    /**
     * The class the list is for.
     *
     * @param grade the class's grade; a line with another grade is refused
     * @param existingKeys the names already in the class (PupilNames.keyOf)
     * @param room how many more pupils the class may take
     */
    public record Target(int grade, Set<String> existingKeys, int room) {}

    private static final Set<String> FIRST_HEADINGS =
            Set.of("firstname", "first", "name", "pupil", "pupilname", "student", "studentname", "نام", "پہلانام");
    private static final Set<String> INITIAL_HEADINGS =
            Set.of("initial", "initials", "surnameinitial", "lastinitial", "familyinitial", "حرف", "ابتدائیحرف");
    private static final Set<String> GRADE_HEADINGS = Set.of("grade", "class", "جماعت", "کلاس", "درجہ");
    /** Headings of columns we do not keep: a file with them has the wrong columns. */
    private static final Set<String> FOREIGN_HEADINGS = Set.of(
            "surname",
            "lastname",
            "familyname",
            "fathername",
            "fullname",
            "email",
            "phone",
            "mobile",
            "dob",
            "dateofbirth",
            "birthdate",
            "rollno",
            "rollnumber",
            "address",
            "gender",
            "age");

    private RosterCsv() {}

    public static Result read(byte[] bytes, Target target) {
        if (looksLikeWorkbook(bytes)) {
            return failed(Problem.of("roster_csv_workbook"));
        }
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            return failed(Problem.of("roster_csv_not_utf8"));
        }
        List<CsvRecords.Row> rows = new ArrayList<>(
                CsvRecords.split(text).stream().filter(r -> !r.blank()).toList());
        if (!rows.isEmpty() && isHeading(rows.get(0))) {
            Problem heading = checkHeading(rows.remove(0));
            if (heading != null) {
                return failed(heading);
            }
        }
        if (rows.isEmpty()) {
            return failed(Problem.of("roster_csv_empty"));
        }
        if (rows.size() > target.room()) {
            return failed(Problem.of("roster_csv_too_many", rows.size(), target.room()));
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>(rows.size());
        for (CsvRecords.Row row : rows) {
            lines.add(line(row, target, seen));
        }
        return new Result(null, lines);
    }

    private static Line line(CsvRecords.Row row, Target target, Map<String, Integer> seen) {
        List<String> cells = withoutTrailingBlanks(row.cells());
        String first = cells.get(0).strip();
        String initial = cells.size() > 1 ? cells.get(1).strip() : "";
        if (cells.size() == 1 && first.matches(".+\\s\\S{1,2}\\.?")) {
            // "Ayesha K." in one column: a list pasted as names
            int space = first.lastIndexOf(' ');
            initial = first.substring(space + 1);
            first = first.substring(0, space);
        }
        if (cells.size() > 3) {
            return new Line(row.line(), first, initial, null, Problem.of("roster_csv_columns", cells.size()));
        }
        try {
            PupilNames.Name name = PupilNames.read(first, initial);
            Problem grade = cells.size() == 3 ? checkGrade(cells.get(2).strip(), target.grade()) : null;
            if (grade != null) {
                return new Line(row.line(), first, initial, null, grade);
            }
            if (target.existingKeys().contains(name.key())) {
                return new Line(
                        row.line(), first, initial, null, Problem.of("roster_problem_in_class", name.displayName()));
            }
            Integer earlier = seen.putIfAbsent(name.key(), row.line());
            if (earlier != null) {
                return new Line(
                        row.line(),
                        first,
                        initial,
                        null,
                        Problem.of("roster_csv_duplicate", name.displayName(), earlier));
            }
            return new Line(row.line(), first, initial, name, null);
        } catch (PupilNames.Problem problem) {
            return new Line(row.line(), first, initial, null, new Problem(problem.key(), problem.args()));
        }
    }

    private static Problem checkGrade(String grade, int classGrade) {
        if (grade.isEmpty()) {
            return null;
        }
        if (!grade.matches("\\d{1,2}")) {
            return Problem.of("roster_csv_grade_bad");
        }
        int value = Integer.parseInt(grade);
        return value == classGrade ? null : Problem.of("roster_csv_grade_other", value, classGrade);
    }

    private static boolean isHeading(CsvRecords.Row row) {
        return row.cells().stream()
                .map(RosterCsv::headingKey)
                .anyMatch(h -> FIRST_HEADINGS.contains(h)
                        || INITIAL_HEADINGS.contains(h)
                        || GRADE_HEADINGS.contains(h)
                        || FOREIGN_HEADINGS.contains(h));
    }

    /** The heading must read first name, initial and, if there is a third column, grade. */
    private static Problem checkHeading(CsvRecords.Row row) {
        List<String> cells = withoutTrailingBlanks(row.cells());
        boolean right = cells.size() >= 2
                && cells.size() <= 3
                && FIRST_HEADINGS.contains(headingKey(cells.get(0)))
                && INITIAL_HEADINGS.contains(headingKey(cells.get(1)))
                && (cells.size() == 2 || GRADE_HEADINGS.contains(headingKey(cells.get(2))));
        if (right) {
            return null;
        }
        String found = String.join(", ", cells.stream().map(String::strip).toList());
        return Problem.of("roster_csv_wrong_columns", found.length() > 120 ? found.substring(0, 120) + "…" : found);
    }

    private static String headingKey(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]", "");
    }

    private static List<String> withoutTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 1 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static boolean looksLikeWorkbook(byte[] b) {
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole = b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && b[2] == 0x11;
        return zip || ole;
    }

    /** UTF-16 when its byte-order mark says so (Excel's "Unicode text"), else strict UTF-8 without a BOM. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        if (text.indexOf('\0') >= 0) {
            throw new CharacterCodingException();
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Result failed(Problem problem) {
        return new Result(problem, List.of());
    }
}

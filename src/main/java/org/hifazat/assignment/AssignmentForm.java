package org.hifazat.assignment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window a teacher typed, checked: two real dates, in order, the last one not yet past, shorter than a year, and
 * not absurdly far from today. Dates come from a date field (2026-11-24) or, on phones without one, typed the way
 * Pakistan writes them (24/11/2026).
 */
public record AssignmentForm(LocalDate startsOn, LocalDate endsOn) {

    /** How far back a window may start (an edited window that opened months ago). */
    static final int MAX_PAST_DAYS = 366;
    /** How far ahead a window may end. */
    static final int MAX_FUTURE_DAYS = 730;

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    /** A window or module that failed a check; key is the message to show. */
    public static final class Problem extends RuntimeException {
        private final String key;

        public Problem(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Checks the typed dates against today, or throws a Problem naming the first thing to fix. */
    public static AssignmentForm read(String startsOn, String endsOn, LocalDate today) {
        LocalDate start = parse(startsOn, "assignment_problem_start");
        LocalDate end = parse(endsOn, "assignment_problem_end");
        if (end.isBefore(start)) {
            throw new Problem("assignment_problem_order");
        }
        if (start.isBefore(today.minusDays(MAX_PAST_DAYS)) || end.isAfter(today.plusDays(MAX_FUTURE_DAYS))) {
            throw new Problem("assignment_problem_far");
        }
        if (end.isBefore(today)) {
            throw new Problem("assignment_problem_past");
        }
        if (!end.isBefore(start.plusYears(1))) {
            throw new Problem("assignment_problem_long");
        }
        return new AssignmentForm(start, end);
    }

    /** A date as typed, or a Problem with the given key. */
    static LocalDate parse(String typed, String problemKey) {
        String value = typed == null ? "" : typed.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value, ISO);
            }
            Matcher m = DAY_FIRST.matcher(value);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            // 2026-02-30 and the like: not a day of the calendar
        }
        throw new Problem(problemKey);
    }

    /** Whether this window shares a day with another. */
    public boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !startsOn.isAfter(otherEnd) && !otherStart.isAfter(endsOn);
    }
}

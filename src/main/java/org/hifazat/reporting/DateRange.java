package org.hifazat.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The days a report covers, both included, by the calendar progress times are recorded in (UTC, like them all).
 * With a range, started, completed and mastered count pupils who did so on one of those days; enrolled stays the
 * pupils enrolled now.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** No report reaches further back: Hifazat recorded no progress before this day. */
    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

    /** A range must end before its first day plus this, so 2024-01-01 to 2025-12-31 is the longest from 2024. */
    static final Period LONGEST = Period.ofYears(2);

    /**
     * Reads a range as typed: both dates (ISO, such as 2024-03-01) or neither, which gives null. Each problem is
     * added to {@code problems} as a message key with its argument; the result means nothing when one was added.
     */
    static DateRange parse(String from, String to, LocalDate today, List<String> problems) {
        boolean noFrom = CompletionFilter.blank(from);
        boolean noTo = CompletionFilter.blank(to);
        if (noFrom && noTo) {
            return null;
        }
        if (noFrom || noTo) {
            problems.add("report_problem_range_half");
        }
        LocalDate first = day(from, today, problems);
        LocalDate last = day(to, today, problems);
        if (first == null || last == null) {
            return null;
        }
        if (first.isAfter(last)) {
            problems.add("report_problem_range_order|" + first + " – " + last);
        } else if (!last.isBefore(first.plus(LONGEST))) {
            problems.add("report_problem_range_long|" + first + " – " + last);
        }
        return new DateRange(first, last);
    }

    /** One date of the range; null when it is missing or refused. */
    private static LocalDate day(String text, LocalDate today, List<String> problems) {
        if (CompletionFilter.blank(text)) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add("report_problem_date|" + CompletionFilter.cut(text));
            return null;
        }
        if (day.isBefore(EARLIEST)) {
            problems.add("report_problem_date_early|" + day);
            return null;
        }
        if (day.isAfter(today)) {
            problems.add("report_problem_date_future|" + day);
            return null;
        }
        return day;
    }
}

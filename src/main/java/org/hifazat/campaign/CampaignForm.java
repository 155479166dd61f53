package org.hifazat.campaign;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an official typed to start a campaign, checked for itself (the module and the region are checked against
 * the catalogue, the registry and the official's scope by the service).
 */
record CampaignForm(String name, String moduleId, SortedSet<Integer> grades, LocalDate startsOn, LocalDate endsOn) {

    static final int MAX_NAME = 120;
    /** A campaign created a few days late may still say it began on the day itself. */
    static final int MAX_DAYS_IN_PAST = 7;
    /** Planned at most a year ahead. */
    static final int MAX_DAYS_AHEAD = 366;
    /** A window of at most a school year. */
    static final int MAX_WINDOW_DAYS = 366;

    /** A form that failed a check: the message key and the values to fill its %s with. */
    static final class Problem extends RuntimeException {
        private final String key;
        private final List<Object> args;

        Problem(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = List.of(args);
        }

        String key() {
            return key;
        }

        List<Object> args() {
            return args;
        }
    }

    static CampaignForm read(
            String name, String moduleId, List<String> grades, String startsOn, String endsOn, LocalDate today) {
        String tidyName = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        tidyName = tidyName.strip().replaceAll("\\s+", " ");
        int length = tidyName.codePointCount(0, tidyName.length());
        if (length < 3 || length > MAX_NAME || tidyName.matches(".*[<>\\p{Cntrl}].*")) {
            throw new Problem("campaign_problem_name");
        }
        String module = moduleId == null ? "" : moduleId.strip();
        if (module.isEmpty() || module.length() > 64) {
            throw new Problem("campaign_problem_module");
        }
        SortedSet<Integer> gradeSet = new TreeSet<>();
        for (String g : grades == null ? List.<String>of() : grades) {
            String typed = g == null ? "" : g.strip();
            if (!typed.matches("\\d{1,2}") || Integer.parseInt(typed) < 1 || Integer.parseInt(typed) > 12) {
                throw new Problem("campaign_problem_grades");
            }
            gradeSet.add(Integer.parseInt(typed));
        }
        if (gradeSet.isEmpty()) {
            throw new Problem("campaign_problem_grades");
        }
        LocalDate starts = date(startsOn);
        LocalDate ends = date(endsOn);
        if (ends.isBefore(starts)) {
            throw new Problem("campaign_problem_order");
        }
        if (starts.isBefore(today.minusDays(MAX_DAYS_IN_PAST)) || ends.isBefore(today)) {
            throw new Problem("campaign_problem_past", MAX_DAYS_IN_PAST);
        }
        if (starts.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new Problem("campaign_problem_far");
        }
        if (ChronoUnit.DAYS.between(starts, ends) + 1 > MAX_WINDOW_DAYS) {
            throw new Problem("campaign_problem_long", MAX_WINDOW_DAYS);
        }
        return new CampaignForm(tidyName, module, gradeSet, starts, ends);
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw new Problem("campaign_problem_date");
        }
    }

    String gradesText() {
        return String.join(",", grades.stream().map(String::valueOf).toList());
    }
}

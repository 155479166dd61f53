package org.hifazat.reporting;

import java.util.List;

/**
 * A report request that cannot be answered: an unknown scope or filter (400/404), a scope outside the user's own
 * (403, or 404 for a school). Carries message keys, so pages and the API word it in the reader's language.
 *
 * @param details message keys, each with its arguments after a '|' (e.g. "report_problem_grade|13")
 */
public class ReportProblem extends RuntimeException {

    private final int status;
    private final List<String> details;

    public ReportProblem(int status, List<String> details) {
        super("report request refused: " + status, null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
    }

    public ReportProblem(int status, String key, String argument) {
        this(status, List.of(argument == null ? key : key + "|" + argument));
    }

    public int status() {
        return status;
    }

    public List<String> details() {
        return details;
    }
}

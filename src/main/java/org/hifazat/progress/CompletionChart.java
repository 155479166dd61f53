package org.hifazat.progress;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Completion over time as a server-drawn SVG line chart and the table beside it: for each day, how many of the
 * class's pupil-and-module pairs were completed (and mastered) by the end of that day. Pure arithmetic, no drawing
 * library and no JavaScript.
 */
@TemplateData
public record CompletionChart(
        String completedPoints,
        String masteredPoints,
        List<Tick> yTicks,
        List<Tick> xTicks,
        List<Point> table,
        int total,
        boolean empty) {

    static final int WIDTH = 600;
    static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 36;
    /** The longest span drawn; an older start is cut to the last this many days. */
    static final int MAX_DAYS = 120;

    /** A label on an axis at a position in the drawing. */
    @TemplateData
    public record Tick(double at, String label, String anchor) {}

    /** One row of the table: a day and the counts by its end. */
    @TemplateData
    public record Point(LocalDate day, int completed, int mastered) {}

    /**
     * @param from the first day (the first window's opening)
     * @param to the last day (today)
     * @param completed the day each completed pair was completed
     * @param mastered the day each mastered pair was mastered
     * @param total pupils times modules
     */
    public static CompletionChart of(
            LocalDate from, LocalDate to, List<LocalDate> completed, List<LocalDate> mastered, int total) {
        if (from == null || total == 0 || from.isAfter(to)) {
            return new CompletionChart("", "", List.of(), List.of(), List.of(), total, true);
        }
        LocalDate start = from.isBefore(to.minusDays(MAX_DAYS - 1)) ? to.minusDays(MAX_DAYS - 1) : from;
        int days = (int) ChronoUnit.DAYS.between(start, to) + 1;
        int[] completedBy = cumulative(start, days, completed);
        int[] masteredBy = cumulative(start, days, mastered);
        StringBuilder c = new StringBuilder();
        StringBuilder m = new StringBuilder();
        List<Point> table = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            c.append(d == 0 ? "" : " ").append(xy(x(d, days), y(completedBy[d], total)));
            m.append(d == 0 ? "" : " ").append(xy(x(d, days), y(masteredBy[d], total)));
            if (d % 7 == 0 || d == days - 1) {
                table.add(new Point(start.plusDays(d), completedBy[d], masteredBy[d]));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            yTicks.add(new Tick(round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - percent / 100.0)), percent + " %", "end"));
        }
        List<Tick> xTicks = new ArrayList<>();
        xTicks.add(new Tick(x(0, days), start.toString(), days == 1 ? "middle" : "start"));
        if (days > 2) {
            xTicks.add(new Tick(
                    x((days - 1) / 2, days), start.plusDays((days - 1) / 2).toString(), "middle"));
        }
        if (days > 1) {
            xTicks.add(new Tick(x(days - 1, days), to.toString(), "end"));
        }
        return new CompletionChart(c.toString(), m.toString(), yTicks, xTicks, table, total, false);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    /** Where the y labels end. */
    public int yLabelX() {
        return LEFT - 6;
    }

    /** Where the x labels sit. */
    public int labelBaseline() {
        return HEIGHT - BOTTOM + 20;
    }

    /** Counts by the end of each day; a day before the start counts on the first day. */
    private static int[] cumulative(LocalDate start, int days, List<LocalDate> dates) {
        int[] perDay = new int[days];
        for (LocalDate date : dates) {
            long index = Math.max(0, ChronoUnit.DAYS.between(start, date));
            if (index < days) {
                perDay[(int) index]++;
            }
        }
        for (int d = 1; d < days; d++) {
            perDay[d] += perDay[d - 1];
        }
        return perDay;
    }

    private static double x(int day, int days) {
        double plot = WIDTH - LEFT - RIGHT;
        return round(days == 1 ? LEFT + plot / 2 : LEFT + plot * day / (days - 1));
    }

    private static double y(int count, int total) {
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (1 - (double) count / total));
    }

    private static String xy(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}

package org.hifazat.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found in one file, in line order. Holds a bounded number (a file where every line is wrong must not
 * fill the memory) and counts them all.
 */
final class Problems {

    private static final int HELD = 2000;

    private final List<Problem> held = new ArrayList<>();
    private long count;

    void add(Problem problem) {
        count++;
        if (held.size() < HELD) {
            held.add(problem);
        }
    }

    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    /** Adds problems counted elsewhere (a query), of which only some were fetched. */
    void addCounted(List<Problem> fetched, long total) {
        fetched.forEach(this::add);
        count += total - fetched.size();
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    /** The first problems by line number; problems of the whole file (line 0) first. */
    List<Problem> first(int limit) {
        return held.stream()
                .sorted(Comparator.comparingLong(Problem::line))
                .limit(limit)
                .toList();
    }
}

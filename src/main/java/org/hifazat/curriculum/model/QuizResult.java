package org.hifazat.curriculum.model;

import java.util.List;

/**
 * A whole quiz: {@code points} of {@code graded} items correct, the {@code percent} (rounded down) and whether the
 * module is mastered. {@code criticalMissed} lists the critical items answered wrongly or not at all.
 */
public record QuizResult(int points, int graded, int percent, boolean mastered, List<String> criticalMissed) {}

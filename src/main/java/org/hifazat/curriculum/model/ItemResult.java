package org.hifazat.curriculum.model;

import java.util.List;

/**
 * The outcome of one answered quiz item. {@code correct} is false for ungraded items; {@code feedback} is the
 * item-level explanation (true/false, order, match), or null.
 */
public record ItemResult(
        String itemId, boolean graded, boolean critical, boolean correct, Text feedback, List<Mark> marks) {

    /** A critical item answered wrongly: it blocks mastery whatever the score. */
    public boolean blocksMastery() {
        return graded && critical && !correct;
    }
}

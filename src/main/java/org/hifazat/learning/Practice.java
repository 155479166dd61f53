package org.hifazat.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.ItemResult;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Scoring;
import org.hifazat.curriculum.model.Step;

/**
 * Practice steps give the same feedback as quiz questions but are never recorded: a red-flags, sort or order step is
 * checked by scoring it as the matching question type and throwing the score away.
 */
public final class Practice {

    private Practice() {}

    /** The question a practice step behaves like, if it is one that can be checked. */
    public static Optional<QuizItem> asItem(Step step) {
        if (step instanceof Step.RedFlags s) {
            return Optional.of(new QuizItem.RedFlags(s.id(), s.title(), false, s.message()));
        } else if (step instanceof Step.Sort s) {
            return Optional.of(new QuizItem.Sort(s.id(), s.title(), false, s.sort()));
        } else if (step instanceof Step.Order s) {
            return Optional.of(new QuizItem.Order(s.id(), s.title(), false, s.sequence()));
        }
        return Optional.empty();
    }

    /** Feedback for what the pupil tried, or empty when the form was not a fair try (then show it fresh). */
    public static Optional<ItemResult> check(QuizItem item, Map<String, List<String>> form) {
        Optional<Answer> answer = AnswerCodec.fromForm(item, form);
        if (answer.isEmpty() || !Scoring.fits(item, answer.get())) {
            return Optional.empty();
        }
        return Optional.of(Scoring.score(item, answer.get()));
    }

    /** A stable shuffle: the same seed gives the same order, so a reloaded page does not jump about. */
    public static <T> List<T> shuffled(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}

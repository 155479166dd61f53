package org.hifazat.curriculum.model;

import static org.hifazat.curriculum.model.Items.chat;
import static org.hifazat.curriculum.model.Items.match;
import static org.hifazat.curriculum.model.Items.module;
import static org.hifazat.curriculum.model.Items.multiple;
import static org.hifazat.curriculum.model.Items.option;
import static org.hifazat.curriculum.model.Items.order;
import static org.hifazat.curriculum.model.Items.pledge;
import static org.hifazat.curriculum.model.Items.redFlags;
import static org.hifazat.curriculum.model.Items.single;
import static org.hifazat.curriculum.model.Items.sort;
import static org.hifazat.curriculum.model.Items.trueFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void singleIsCorrectOnlyWithTheCorrectOption() {
        QuizItem item = single("q", false, option("right", true), option("wrong", false));
        ItemResult right = Scoring.score(item, Answer.Choice.of("right"));
        ItemResult wrong = Scoring.score(item, Answer.Choice.of("wrong"));
        assertTrue(right.correct());
        assertFalse(wrong.correct());
        Mark chosen = wrong.marks().get(1);
        assertEquals("wrong", chosen.id());
        assertTrue(chosen.chosen());
        assertFalse(chosen.right());
        assertEquals("because wrong", chosen.feedback().en());
    }

    @Test
    void multipleNeedsExactlyTheCorrectSet() {
        QuizItem item = multiple("q", option("a", true), option("b", true), option("c", false));
        assertTrue(Scoring.score(item, Answer.Choice.of("a", "b")).correct());
        assertFalse(Scoring.score(item, Answer.Choice.of("a")).correct());
        assertFalse(Scoring.score(item, Answer.Choice.of("a", "b", "c")).correct());
    }

    @Test
    void chatIsScoredByTheChosenReply() {
        QuizItem item = chat("q", option("no", true), option("address", false));
        assertTrue(Scoring.score(item, Answer.Choice.of("no")).correct());
        assertFalse(Scoring.score(item, Answer.Choice.of("address")).correct());
    }

    @Test
    void trueFalseGivesTheFeedbackForThePupilsAnswer() {
        QuizItem item = trueFalse("q", false);
        ItemResult right = Scoring.score(item, new Answer.Verdict(false));
        ItemResult wrong = Scoring.score(item, new Answer.Verdict(true));
        assertTrue(right.correct());
        assertEquals("on false", right.feedback().en());
        assertFalse(wrong.correct());
        assertEquals("on true", wrong.feedback().en());
    }

    @Test
    void redFlagsNeedExactlyTheFlaggedParts() {
        QuizItem item = redFlags("q", "secret!", "photo!", "hello");
        assertTrue(Scoring.score(item, Answer.Choice.of("secret", "photo")).correct());
        ItemResult missed = Scoring.score(item, Answer.Choice.of("secret"));
        assertFalse(missed.correct());
        Mark photo = missed.marks().get(1);
        assertTrue(photo.correct());
        assertFalse(photo.chosen());
        assertFalse(photo.right());
        assertFalse(Scoring.score(item, Answer.Choice.of("secret", "photo", "hello"))
                .correct());
    }

    @Test
    void sortNeedsEveryCardInItsCategory() {
        QuizItem item = sort("q", "address:private", "colour:ok");
        assertTrue(Scoring.score(item, new Answer.Placement(Map.of("address", "private", "colour", "ok")))
                .correct());
        ItemResult wrong = Scoring.score(item, new Answer.Placement(Map.of("address", "ok", "colour", "ok")));
        assertFalse(wrong.correct());
        assertFalse(wrong.marks().get(0).right());
        assertEquals("why address", wrong.marks().get(0).feedback().en());
    }

    @Test
    void orderNeedsTheExactOrder() {
        QuizItem item = order("q", "stop", "block", "tell");
        assertTrue(Scoring.score(item, new Answer.Ordering(List.of("stop", "block", "tell")))
                .correct());
        ItemResult wrong = Scoring.score(item, new Answer.Ordering(List.of("block", "stop", "tell")));
        assertFalse(wrong.correct());
        assertTrue(wrong.marks().get(2).right());
        assertEquals("order", wrong.feedback().en());
    }

    @Test
    void matchNeedsEveryPairJoined() {
        QuizItem item = match("q", "stranger", "secret");
        assertTrue(Scoring.score(item, new Answer.Pairing(Map.of("stranger", "stranger", "secret", "secret")))
                .correct());
        assertFalse(Scoring.score(item, new Answer.Pairing(Map.of("stranger", "secret", "secret", "stranger")))
                .correct());
    }

    @Test
    void pledgeIsNeverGraded() {
        ItemResult result = Scoring.score(pledge("q", "a", "b"), Answer.Choice.of("a"));
        assertFalse(result.graded());
        assertFalse(result.blocksMastery());
        assertTrue(result.marks().get(0).chosen());
        assertNull(result.marks().get(0).feedback());
    }

    @Test
    void aMissingOrMismatchedAnswerIsWrongNotAnError() {
        QuizItem item = single("q", false, option("right", true));
        assertFalse(Scoring.score(item, null).correct());
        assertFalse(Scoring.score(item, new Answer.Verdict(true)).correct());
        assertFalse(Scoring.score(trueFalse("t", true), Answer.Choice.of("x")).correct());
    }

    @Test
    void fitsRejectsTamperedIdsAndWrongShapes() {
        QuizItem item = single("q", false, option("a", true), option("b", false));
        assertTrue(Scoring.fits(item, Answer.Choice.of("a")));
        assertFalse(Scoring.fits(item, Answer.Choice.of("zzz")));
        assertFalse(Scoring.fits(item, Answer.Choice.of("a", "b")));
        assertFalse(Scoring.fits(item, new Answer.Verdict(true)));
        QuizItem sorted = sort("s", "address:private", "colour:ok");
        assertFalse(Scoring.fits(sorted, new Answer.Placement(Map.of("address", "private"))));
        assertFalse(Scoring.fits(sorted, new Answer.Placement(Map.of("address", "nowhere", "colour", "ok"))));
        QuizItem ordered = order("o", "a", "b");
        assertFalse(Scoring.fits(ordered, new Answer.Ordering(List.of("a", "a"))));
        assertTrue(Scoring.fits(ordered, new Answer.Ordering(List.of("b", "a"))));
        QuizItem matched = match("m", "x", "y");
        assertFalse(Scoring.fits(matched, new Answer.Pairing(Map.of("x", "y", "y", "y"))));
        assertTrue(Scoring.fits(pledge("p", "a"), Answer.Choice.of()));
    }

    @Test
    void masteryAtTheThresholdCountsInWholePoints() {
        Module module = module(
                80,
                single("a", false, option("r", true)),
                single("b", false, option("r", true)),
                single("c", false, option("r", true)),
                single("d", false, option("r", true)),
                single("e", false, option("r", true)),
                pledge("p", "x"));
        Map<String, ItemResult> results = answerAll(module, "r");
        results.put("e", Scoring.score(module.item("e").orElseThrow(), Answer.Choice.of()));
        QuizResult result = Scoring.result(module, results);
        assertEquals(4, result.points());
        assertEquals(5, result.graded());
        assertEquals(80, result.percent());
        assertTrue(result.mastered());
    }

    @Test
    void aWrongCriticalItemBlocksMasteryWhateverTheScore() {
        Module module = module(
                50,
                single("safety", true, option("r", true), option("w", false)),
                single("b", false, option("r", true)),
                single("c", false, option("r", true)));
        Map<String, ItemResult> results = answerAll(module, "r");
        results.put("safety", Scoring.score(module.item("safety").orElseThrow(), Answer.Choice.of("w")));
        QuizResult result = Scoring.result(module, results);
        assertEquals(66, result.percent());
        assertFalse(result.mastered());
        assertEquals(List.of("safety"), result.criticalMissed());
    }

    @Test
    void unansweredItemsCountAsWrong() {
        Module module = module(80, single("a", true, option("r", true)), single("b", false, option("r", true)));
        QuizResult result = Scoring.result(module, Map.of());
        assertEquals(0, result.points());
        assertFalse(result.mastered());
        assertEquals(List.of("a"), result.criticalMissed());
    }

    private static Map<String, ItemResult> answerAll(Module module, String optionId) {
        Map<String, ItemResult> results = new HashMap<>();
        module.quiz().forEach(q -> results.put(q.id(), Scoring.score(q, Answer.Choice.of(optionId))));
        return results;
    }
}

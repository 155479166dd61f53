package org.hifazat.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.CardSort;
import org.hifazat.curriculum.model.Entry;
import org.hifazat.curriculum.model.MatchPair;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Sequence;
import org.hifazat.curriculum.model.Text;
import org.junit.jupiter.api.Test;

class AnswerCodecTest {

    private static final Text T = Text.plain("x");

    @Test
    void choicesRoundTrip() {
        QuizItem single = new QuizItem.Single("q", T, false, List.of());
        Answer answer = AnswerCodec.fromForm(single, Map.of("option", List.of("b", "a")))
                .orElseThrow();
        assertEquals("c:a,b", AnswerCodec.encode(answer));
        assertEquals(answer, AnswerCodec.decode("c:a,b"));
    }

    @Test
    void verdictSortOrderAndMatchRoundTrip() {
        QuizItem tf = new QuizItem.TrueFalse("q", T, false, true, Map.of());
        assertEquals(
                new Answer.Verdict(false),
                AnswerCodec.fromForm(tf, Map.of("verdict", List.of("false"))).orElseThrow());

        QuizItem sort = new QuizItem.Sort("q", T, false, new CardSort(List.of(), List.of()));
        Answer placed = AnswerCodec.fromForm(sort, Map.of("card.addr", List.of("private"), "card.game", List.of("ok")))
                .orElseThrow();
        assertEquals("p:addr=private;game=ok", AnswerCodec.encode(placed));
        assertEquals(placed, AnswerCodec.decode(AnswerCodec.encode(placed)));

        QuizItem order = new QuizItem.Order("q", T, false, new Sequence(List.of(new Entry("a", T)), T));
        Answer ordering = AnswerCodec.fromForm(
                        order, Map.of("rank.stop", List.of("1"), "rank.tell", List.of("3"), "rank.block", List.of("2")))
                .orElseThrow();
        assertEquals(new Answer.Ordering(List.of("stop", "block", "tell")), ordering);
        assertEquals(ordering, AnswerCodec.decode(AnswerCodec.encode(ordering)));

        QuizItem match = new QuizItem.Match("q", T, false, List.of(new MatchPair("p", T, T)), T);
        Answer pairing =
                AnswerCodec.fromForm(match, Map.of("pair.one", List.of("two"))).orElseThrow();
        assertEquals(pairing, AnswerCodec.decode(AnswerCodec.encode(pairing)));
    }

    @Test
    void tamperedFormsReadAsEmpty() {
        QuizItem single = new QuizItem.Single("q", T, false, List.of());
        assertTrue(AnswerCodec.fromForm(single, Map.of("option", List.of("<script>")))
                .isEmpty());
        QuizItem tf = new QuizItem.TrueFalse("q", T, false, true, Map.of());
        assertTrue(AnswerCodec.fromForm(tf, Map.of("verdict", List.of("maybe"))).isEmpty());
        QuizItem order = new QuizItem.Order("q", T, false, new Sequence(List.of(), T));
        assertTrue(AnswerCodec.fromForm(order, Map.of("rank.a", List.of("1"), "rank.b", List.of("1")))
                .isEmpty());
        assertTrue(AnswerCodec.fromForm(order, Map.of("rank.a", List.of("9"))).isEmpty());
        assertTrue(AnswerCodec.fromForm(order, Map.of("rank.a", List.of("x"))).isEmpty());
    }
}

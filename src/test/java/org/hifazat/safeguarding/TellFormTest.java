package org.hifazat.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Text;
import org.junit.jupiter.api.Test;

class TellFormTest {

    private static final String KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void aGoodFormIsTidied() {
        TellForm form = TellForm.read(KEY, " unkind ", "", "  they\r\nlaugh\u0007 at me  ");
        assertEquals(WorryCategory.UNKIND, form.category());
        assertNull(form.place());
        assertEquals("they\nlaugh at me", form.words());
        assertNull(TellForm.read(KEY, "other", "chat", " \t ").words());
        assertEquals(WorryPlace.CHAT, TellForm.read(KEY, "other", "chat", null).place());
    }

    @Test
    void eachProblemHasItsOwnKindMessage() {
        assertEquals("worry_problem_again", problem("", "other", null, null));
        assertEquals("worry_problem_again", problem(KEY.toUpperCase(), "other", null, null));
        assertEquals("worry_problem_choose", problem(KEY, null, null, "words only"));
        assertEquals("worry_problem_category", problem(KEY, "OTHER", null, null));
        assertEquals("worry_problem_place", problem(KEY, "other", "mars", null));
        assertEquals("worry_problem_too_long", problem(KEY, "other", null, "a".repeat(TellForm.MAX_WORDS + 1)));
        assertEquals(
                TellForm.MAX_WORDS,
                TellForm.read(KEY, "other", null, "a".repeat(TellForm.MAX_WORDS))
                        .words()
                        .length());
    }

    @Test
    void newKeysAreValidAndDifferent() {
        String a = TellForm.newKey();
        assertTrue(TellForm.validKey(a));
        assertTrue(!a.equals(TellForm.newKey()));
    }

    @Test
    void onlyVerifiedKnownFactsAreRoutesInTheOrderGiven() {
        Map<String, Fact> facts = Map.of(
                "a", fact("a", true),
                "b", fact("b", false),
                "c", fact("c", true));
        assertEquals(
                List.of("c", "a"),
                ReportingRoutes.verified(facts, List.of("c", "b", "missing", "a")).stream()
                        .map(Fact::key)
                        .toList());
    }

    private static Fact fact(String key, boolean verified) {
        return new Fact(key, Text.plain(key), null, "source", null, LocalDate.of(2026, 11, 24), verified, null);
    }

    private static String problem(String key, String category, String place, String words) {
        return assertThrows(TellForm.Problem.class, () -> TellForm.read(key, category, place, words))
                .key();
    }
}

package org.hifazat.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PupilNamesTest {

    @Test
    void firstNameAndInitialMakeTheDisplayName() {
        assertEquals("Ayesha K.", PupilNames.read(" ayesha ", "k.").displayName());
        assertEquals("Muhammad Ali R.", PupilNames.read("Muhammad  Ali", "R").displayName());
        assertEquals("Abdul-Rehman Sh.", PupilNames.read("abdul-rehman", "sh").displayName());
        assertEquals("عائشہ ک.", PupilNames.read("عائشہ", "ک").displayName());
        // Urdu with diacritics (zer, zabar) and a zero-width non-joiner
        assertEquals("مَرْیَم ب.", PupilNames.read("مَرْیَم", "ب.").displayName());
    }

    @Test
    void namesThatAreMoreThanAFirstNameAreRefusedWithTheReason() {
        assertProblem("roster_problem_full_name", "Ayesha Khan Bibi", "K");
        assertProblem("roster_problem_initial_surname", "Ayesha", "Khan");
        assertProblem("roster_problem_email", "ayesha@example.pk", "K");
        assertProblem("roster_problem_email", "Ayesha", "k@x");
        assertProblem("roster_problem_phone", "0300 1234567", "K");
        assertProblem("roster_problem_phone", "Ayesha ۰۳۰۰۱۲۳۴۵۶۷", "K");
        assertProblem("roster_problem_digits", "Ali2", "K");
        assertProblem("roster_problem_formula", "=HYPERLINK(\"http://x.example\",\"Ali\")", "K");
        assertProblem("roster_problem_formula", "+92300", "K");
        assertProblem("roster_problem_formula", "\t-Ali", "K");
        assertProblem("roster_problem_formula", "Ali", "=1");
        assertProblem("roster_problem_letters", "<script>", "K");
        assertProblem("roster_problem_first_missing", "  ", "K");
        assertProblem("roster_problem_initial_missing", "Ayesha", "");
        assertProblem("roster_problem_too_long", "A".repeat(25), "K");
    }

    @Test
    void namesCompareIgnoringCaseSpacesAndDots() {
        assertEquals(PupilNames.keyOf("Ali H."), PupilNames.read("ALI", "h").key());
        assertEquals(PupilNames.keyOf("Ali  H"), PupilNames.keyOf("ali h."));
    }

    private static void assertProblem(String key, String first, String initial) {
        PupilNames.Problem problem = assertThrows(PupilNames.Problem.class, () -> PupilNames.read(first, initial));
        assertEquals(key, problem.key(), first + " / " + initial);
    }
}

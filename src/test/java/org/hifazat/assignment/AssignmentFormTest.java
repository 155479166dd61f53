package org.hifazat.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void readsDateFieldsAndDatesTypedDayFirst() {
        AssignmentForm form = AssignmentForm.read("2026-11-24", "7/12/2026", TODAY);
        assertEquals(LocalDate.of(2026, 11, 24), form.startsOn());
        assertEquals(LocalDate.of(2026, 12, 7), form.endsOn());
        assertEquals(
                TODAY, AssignmentForm.read(" 24.11.2026 ", "2026-11-24", TODAY).endsOn());
    }

    @Test
    void refusesEachBadWindowWithItsOwnMessage() {
        assertProblem("assignment_problem_start", "", "2026-12-01");
        assertProblem("assignment_problem_start", null, "2026-12-01");
        assertProblem("assignment_problem_start", "2026-02-30", "2026-12-01");
        assertProblem("assignment_problem_start", "31/11/2026", "2026-12-01");
        assertProblem("assignment_problem_end", "2026-11-24", "next week");
        assertProblem("assignment_problem_end", "2026-11-24", "2026-13-01");
        assertProblem("assignment_problem_order", "2026-12-10", "2026-12-01");
        assertProblem("assignment_problem_far", "2026-11-24", "9999-12-31");
        assertProblem("assignment_problem_far", "1900-01-01", "2026-12-01");
        assertProblem("assignment_problem_past", "2026-11-01", "2026-11-23");
        assertProblem("assignment_problem_long", "2026-11-24", "2027-11-24");
    }

    @Test
    void aWindowOfOneDayAndOfAWholeYearAreAllowed() {
        assertEquals(
                TODAY, AssignmentForm.read("2026-11-24", "2026-11-24", TODAY).endsOn());
        assertEquals(
                LocalDate.of(2027, 11, 23),
                AssignmentForm.read("2026-11-24", "2027-11-23", TODAY).endsOn());
    }

    @Test
    void windowsOverlapWhenTheyShareADay() {
        AssignmentForm form = AssignmentForm.read("2026-11-24", "2026-11-30", TODAY);
        assertTrue(form.overlaps(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 5)));
        assertTrue(form.overlaps(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 24)));
        assertFalse(form.overlaps(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5)));
        assertFalse(form.overlaps(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23)));
    }

    private static void assertProblem(String key, String start, String end) {
        AssignmentForm.Problem problem =
                assertThrows(AssignmentForm.Problem.class, () -> AssignmentForm.read(start, end, TODAY));
        assertEquals(key, problem.key(), start + " .. " + end);
    }
}

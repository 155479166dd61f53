package org.hifazat.reporting;

import static org.hifazat.reporting.Suppression.Mark.COMPLEMENT;
import static org.hifazat.reporting.Suppression.Mark.SHOWN;
import static org.hifazat.reporting.Suppression.Mark.SMALL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void countsFromOneToFourAreSmallZeroAndFiveAreNot() {
        assertEquals(
                List.of(false, true, true, false, false),
                List.of(0L, 1L, 4L, 5L, 100L).stream().map(Suppression::small).toList());
    }

    @Test
    void aLoneSmallCellInAColumnTakesTheSmallestOtherNonZeroCellWithIt() {
        long[][] rows = {{12}, {3}, {0}, {9}, {40}};
        Suppression.Mark[][] marks = Suppression.marks(rows);
        assertArrayEquals(new Suppression.Mark[] {SHOWN}, marks[0]);
        assertArrayEquals(new Suppression.Mark[] {SMALL}, marks[1]);
        assertArrayEquals(new Suppression.Mark[] {SHOWN}, marks[2], "zero reveals nothing and protects nothing");
        assertArrayEquals(new Suppression.Mark[] {COMPLEMENT}, marks[3], "9 is the smallest other non-zero count");
        assertArrayEquals(new Suppression.Mark[] {SHOWN}, marks[4]);
    }

    @Test
    void twoSmallCellsProtectEachOther() {
        long[][] rows = {{2}, {3}, {10}};
        Suppression.Mark[][] marks = Suppression.marks(rows);
        assertEquals(List.of(SMALL, SMALL, SHOWN), List.of(marks[0][0], marks[1][0], marks[2][0]));
    }

    @Test
    void eachColumnIsProtectedOnItsOwnAndTiesGoToTheFirstRow() {
        long[][] rows = {{7, 1}, {7, 6}, {20, 6}};
        Suppression.Mark[][] marks = Suppression.marks(rows);
        assertEquals(List.of(SHOWN, SHOWN, SHOWN), List.of(marks[0][0], marks[1][0], marks[2][0]));
        assertEquals(List.of(SMALL, COMPLEMENT, SHOWN), List.of(marks[0][1], marks[1][1], marks[2][1]));
    }

    @Test
    void aSmallCellBesideOnlyZerosHasNoPartnerItsTotalIsSmallAndHiddenToo() {
        long[][] rows = {{0}, {4}, {0}};
        Suppression.Mark[][] marks = Suppression.marks(rows);
        assertEquals(List.of(SHOWN, SMALL, SHOWN), List.of(marks[0][0], marks[1][0], marks[2][0]));
        assertEquals(true, Suppression.small(4), "the total, 4, is hidden as well");
    }
}

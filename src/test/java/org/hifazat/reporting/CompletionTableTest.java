package org.hifazat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTableTest {

    private static CompletionTable.Line line(String name, long... counts) {
        return new CompletionTable.Line(name, name.toLowerCase(), null, null, counts);
    }

    private static List<String> texts(CompletionTable.Row row) {
        return row.cells().stream().map(CompletionTable.Cell::text).toList();
    }

    @Test
    void percentagesAreWholeAndRoundedHalfUp() {
        assertEquals(58, CompletionTable.percent(7, 12));
        assertEquals(42, CompletionTable.percent(5, 12));
        assertEquals(50, CompletionTable.percent(1, 2));
        assertEquals(100, CompletionTable.percent(6, 6));
    }

    @Test
    void hiddenCountsLoseTheirPercentagesAndAHiddenEnrolmentHidesTheWholeRow() {
        CompletionTable table = CompletionTable.build(
                "report_column_area",
                null,
                List.of(line("Alpha", 12, 7, 5, 3), line("Beta", 6, 6, 6, 5), line("Gamma", 3, 2, 0, 0)),
                line("Total", 21, 15, 11, 8),
                CompletionTable.NAME,
                false);
        assertEquals(
                List.of("Alpha", "alpha", "12", "7", "58", "5", "42", "<5", ""),
                texts(table.rows().get(0)));
        // Gamma's started (2) is alone in its column: Beta's 6, the smallest other, is hidden with it
        assertEquals(
                List.of("Beta", "beta", "*", "*", "", "6", "", "*", ""),
                texts(table.rows().get(1)));
        assertEquals(
                List.of("Gamma", "gamma", "<5", "<5", "", "0", "", "0", ""),
                texts(table.rows().get(2)));
        assertEquals(List.of("Total", "total", "21", "15", "71", "11", "52", "8", "38"), texts(table.total()));
        assertTrue(table.anyHidden());
    }

    @Test
    void sortingUsesShownValuesOnlyHiddenCellsGoLast() {
        CompletionTable table = CompletionTable.build(
                "report_column_area",
                null,
                List.of(line("A", 50, 3, 0, 0), line("B", 50, 40, 0, 0), line("C", 50, 9, 0, 0)),
                line("Total", 150, 52, 0, 0),
                "started",
                true);
        // A's 3 is small and C's 9 protects it: both sort as hidden, after every shown number, by name
        assertEquals(
                List.of("B", "A", "C"),
                table.rows().stream().map(r -> r.cell(0).text()).toList());
        assertEquals("*", table.rows().get(2).cell(3).text());
        assertFalse(table.total().cells().stream().anyMatch(CompletionTable.Cell::hidden));
    }
}

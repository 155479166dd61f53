package org.hifazat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static List<String> problems(String from, String to) {
        List<String> problems = new ArrayList<>();
        DateRange.parse(from, to, TODAY, problems);
        return problems;
    }

    @Test
    void bothDatesGiveARangeWithBothDaysIncludedAndNeitherGivesNone() {
        List<String> problems = new ArrayList<>();
        assertEquals(
                new DateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)),
                DateRange.parse(" 2025-03-01 ", "2025-03-31", TODAY, problems));
        assertEquals(
                new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)),
                DateRange.parse("2020-01-01", "2020-01-01", TODAY, problems));
        assertEquals(new DateRange(TODAY, TODAY), DateRange.parse("2025-06-15", "2025-06-15", TODAY, problems));
        assertNull(DateRange.parse(null, "", TODAY, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void twoYearsIsTheLongestRange() {
        assertEquals(List.of(), problems("2022-01-01", "2023-12-31"));
        assertEquals(
                List.of("report_problem_range_long|2022-01-01 – 2024-01-01"), problems("2022-01-01", "2024-01-01"));
        assertEquals(List.of(), problems("2023-06-16", "2025-06-15"));
        assertEquals(
                List.of("report_problem_range_long|2023-06-15 – 2025-06-15"), problems("2023-06-15", "2025-06-15"));
    }

    @Test
    void everyBadDateIsNamed() {
        assertEquals(List.of("report_problem_date|2025-02-30"), problems("2025-02-30", "2025-03-01"));
        assertEquals(List.of("report_problem_date|01/03/2025"), problems("2025-01-01", "01/03/2025"));
        assertEquals(List.of("report_problem_date_early|2019-12-31"), problems("2019-12-31", "2020-01-05"));
        assertEquals(List.of("report_problem_date_future|2025-06-16"), problems("2025-06-01", "2025-06-16"));
        assertEquals(
                List.of("report_problem_range_order|2025-05-02 – 2025-05-01"), problems("2025-05-02", "2025-05-01"));
        assertEquals(List.of("report_problem_range_half"), problems("2025-05-01", null));
        assertEquals(List.of("report_problem_range_half"), problems(" ", "2025-05-01"));
        assertEquals(List.of("report_problem_range_half", "report_problem_date|yesterday"), problems("yesterday", ""));
        assertEquals(
                List.of("report_problem_date|" + "9".repeat(40) + "…", "report_problem_date_future|2030-01-01"),
                problems("9".repeat(50), "2030-01-01"));
    }

    @Test
    void theFilterCarriesTheRangeIntoLinksAndTheAuditLog() {
        CompletionFilter filter =
                CompletionFilter.parse(null, "B", null, "module", null, null, "2025-03-01", "2025-03-31", Set.of());
        assertEquals("band=B, from=2025-03-01, to=2025-03-31, by=module", filter.describe());
        CompletionFilter sorted = filter.sortedBy("started").rowsBy(CompletionFilter.By.GRADE);
        assertEquals(filter.range(), sorted.range());
        assertEquals("2025-03-01", sorted.fromText());
        assertEquals("", CompletionFilter.all().toText());
        assertEquals("none", CompletionFilter.all().describe());
    }
}

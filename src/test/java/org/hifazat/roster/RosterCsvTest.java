package org.hifazat.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    private static final RosterCsv.Target GRADE_4 = new RosterCsv.Target(4, Set.of(), 100);

    @Test
    void goodFileWithHeadingGivesEveryName() {
        RosterCsv.Result result = read("first name,initial,grade\r\nAyesha,K,4\r\nBilal,A,\r\n\"Zainab\",\"R\",4\r\n");
        assertTrue(result.importable());
        assertEquals(
                List.of("Ayesha K.", "Bilal A.", "Zainab R."),
                result.names().stream().map(PupilNames.Name::displayName).toList());
        assertEquals(
                List.of(2, 3, 4),
                result.lines().stream().map(RosterCsv.Line::number).toList());
    }

    @Test
    void byteOrderMarkSemicolonsTabsAndUrduAreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "نام;حرف\nعائشہ;ک\nبلال;ا\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        RosterCsv.Result urdu = RosterCsv.read(file, GRADE_4);
        assertTrue(urdu.importable(), String.valueOf(urdu));
        assertEquals("عائشہ ک.", urdu.names().get(0).displayName());

        assertTrue(read("Ayesha\tK\nBilal\tA").importable());
        assertTrue(read("Ayesha K.\nBilal A.\n").importable());
        byte[] utf16 = "\uFEFFAyesha,K\nBilal,A\n".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(RosterCsv.read(utf16, GRADE_4).importable());
    }

    @Test
    void badLinesAreNamedByTheirLineNumber() {
        RosterCsv.Result result = read(
                "first name,initial\nAyesha,K\nayesha@example.pk,K\n\nBilal,Ahmed\n=HYPERLINK(\"http://x\",\"Ali\"),K\n"
                        + "Ali,H,5\nAli,H\nAli,h.\nHamza,S,4,extra,columns\n");
        assertEquals(null, result.fileProblem());
        assertEquals(6, result.problemCount());
        assertLine(result, 2, null);
        assertLine(result, 3, "roster_problem_email");
        assertLine(result, 5, "roster_problem_initial_surname");
        assertLine(result, 6, "roster_problem_formula");
        assertLine(result, 7, "roster_csv_grade_other");
        assertLine(result, 8, null);
        assertLine(result, 9, "roster_csv_duplicate");
        assertEquals(List.of("Ali H.", 8), line(result, 9).problem().args());
        assertLine(result, 10, "roster_csv_columns");
    }

    @Test
    void namesAlreadyInTheClassAreDuplicates() {
        RosterCsv.Result result = RosterCsv.read(
                "Ayesha,K\nSara,B\n".getBytes(StandardCharsets.UTF_8),
                new RosterCsv.Target(4, Set.of(PupilNames.keyOf("Ayesha K.")), 100));
        assertLine(result, 1, "roster_problem_in_class");
        assertLine(result, 2, null);
    }

    @Test
    void wholeFileProblemsStopBeforeAnyLine() {
        assertFile("roster_csv_wrong_columns", read("name,email,phone\nAyesha,a@b.pk,0300\n"));
        assertFile("roster_csv_wrong_columns", read("first name;initial;father name\nAyesha;K;Imran\n"));
        assertFile("roster_csv_empty", read("\n\n first name , initial \n"));
        assertFile("roster_csv_not_utf8", RosterCsv.read(new byte[] {'A', 'l', 'i', ',', (byte) 0xE9, '\n'}, GRADE_4));
        assertFile("roster_csv_workbook", RosterCsv.read(new byte[] {'P', 'K', 3, 4, 0, 0}, GRADE_4));
        StringBuilder big = new StringBuilder("first name,initial\n");
        for (int i = 0; i < 10_000; i++) {
            big.append("Pupil,").append((char) ('A' + i % 26)).append('\n');
        }
        RosterCsv.Result tooMany = read(big.toString());
        assertFile("roster_csv_too_many", tooMany);
        assertEquals(List.of(10_000, 100), tooMany.fileProblem().args());
        RosterCsv.Result full = RosterCsv.read(
                "Ayesha,K\nBilal,A\n".getBytes(StandardCharsets.UTF_8), new RosterCsv.Target(4, Set.of(), 1));
        assertFile("roster_csv_too_many", full);
    }

    @Test
    void quotedCellsMayHoldDelimitersAndLineBreaks() {
        List<CsvRecords.Row> rows = CsvRecords.split("\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\nlast,y");
        assertEquals(List.of("a,b", "say \"hi\""), rows.get(0).cells());
        assertEquals(List.of("two\nlines", "x"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line());
    }

    private static RosterCsv.Result read(String text) {
        return RosterCsv.read(text.getBytes(StandardCharsets.UTF_8), GRADE_4);
    }

    private static RosterCsv.Line line(RosterCsv.Result result, int number) {
        return result.lines().stream()
                .filter(l -> l.number() == number)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + number + " in " + result));
    }

    private static void assertLine(RosterCsv.Result result, int number, String problemKey) {
        RosterCsv.Line line = line(result, number);
        if (problemKey == null) {
            assertNull(line.problem(), "line " + number);
        } else {
            assertEquals(
                    problemKey, line.problem() == null ? null : line.problem().key(), "line " + number);
        }
    }

    private static void assertFile(String key, RosterCsv.Result result) {
        assertEquals(
                key, result.fileProblem() == null ? null : result.fileProblem().key());
        assertTrue(result.lines().isEmpty());
    }
}

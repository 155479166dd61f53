package org.hifazat.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final List<String> HEADERS = List.of("School", "Pupils", "Mastered %");
    private static final List<List<?>> ROWS = List.of(
            Arrays.asList("گورنمنٹ پرائمری اسکول", 41, new BigDecimal("48.80")),
            Arrays.asList("=HYPERLINK(\"http://example.org\",\"x\")", 7, null),
            Arrays.asList("+92 300", "<5", 12.5),
            Arrays.asList("Plain, with \"quotes\"", 0L, 100));

    @Test
    void csvHasBomHeadersAndTheCellsAsShownWithFormulasNeutralised() throws IOException {
        byte[] bytes = export(ExportFormat.CSV);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            records.add(record.getFields());
        }
        assertEquals(
                List.of(
                        HEADERS,
                        row("گورنمنٹ پرائمری اسکول", "41", "48.8"),
                        row("'=HYPERLINK(\"http://example.org\",\"x\")", "7", ""),
                        row("'+92 300", "<5", "12.5"),
                        row("Plain, with \"quotes\"", "0", "100")),
                records);
        assertTrue(text.contains("\r\n"), "rows end with CRLF for spreadsheet programs");
    }

    @Test
    void xlsxHasTheSameCellsWithNumbersAsNumbersAndTextNeverAFormula() throws IOException {
        byte[] bytes = export(ExportFormat.XLSX);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getFirstSheet();
            assertEquals("Completion", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(5, rows.size());
            assertEquals(HEADERS, texts(rows.get(0), 3));
            assertEquals("گورنمنٹ پرائمری اسکول", rows.get(1).getCellText(0));
            assertEquals(new BigDecimal("41"), rows.get(1).getCellAsNumber(1).orElseThrow());
            assertEquals(
                    0,
                    new BigDecimal("48.8")
                            .compareTo(rows.get(1).getCellAsNumber(2).orElseThrow()));
            assertEquals("=HYPERLINK(\"http://example.org\",\"x\")", rows.get(2).getCellText(0));
            assertNull(rows.get(2).getCell(0).getFormula(), "text is stored as text, not as a formula");
            assertEquals("<5", rows.get(3).getCellText(1));
        }
    }

    @Test
    void rowsPushedOneAtATimeAreAllWritten() throws IOException {
        int count = 20_000;
        Rows many = sink -> {
            for (int i = 0; i < count; i++) {
                sink.row(List.of("school " + i, i));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(ExportFormat.XLSX, out, "Many", List.of("School", "Number"), many);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(count + 1, rows.size());
            assertEquals("school 19999", rows.get(count).getCellText(0));
        }
    }

    @Test
    void formatsAreParsedFromRequestParameters() {
        assertEquals(Optional.of(ExportFormat.CSV), ExportFormat.parse("CSV"));
        assertEquals(Optional.of(ExportFormat.XLSX), ExportFormat.parse(" xlsx "));
        assertEquals(Optional.empty(), ExportFormat.parse("pdf"));
        assertEquals(Optional.empty(), ExportFormat.parse(null));
    }

    @Test
    void sheetNamesFollowSpreadsheetRules() {
        assertEquals("Class 4-A dashboard", TableExport.sheetTitle("Class 4-A / dashboard"));
        assertEquals(31, TableExport.sheetTitle("x".repeat(40)).length());
        assertEquals("Sheet1", TableExport.sheetTitle("  "));
    }

    private static byte[] export(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.write(format, out, "Completion", HEADERS, Rows.of(ROWS));
        return out.toByteArray();
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static List<String> texts(Row row, int cells) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            texts.add(row.getCellText(i));
        }
        return texts;
    }
}

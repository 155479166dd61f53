package org.hifazat.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as CSV or XLSX, streamed row by row. The headings and cells must be exactly those on screen, so
 * that a download always matches the page it came from.
 */
public final class TableExport {

    /** Characters that make a spreadsheet treat text as a formula when they start a cell. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Rows written between flushes of the XLSX sheet, which bounds the memory a long export takes. */
    private static final int XLSX_FLUSH_ROWS = 1000;

    private static final String APPLICATION = "Hifazat";

    private TableExport() {}

    /**
     * A download response: the body is written while it is sent. {@code fileName} is the name without extension
     * (letters, digits, dot, dash and underscore are kept; anything else becomes a dash).
     */
    public static Response download(
            ExportFormat format, String fileName, String sheetName, List<String> headers, Rows rows) {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "-");
        return Response.ok(body(format, sheetName, headers, rows), format.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + safeName + "." + format.extension() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The response body for a table, written when the response is sent. */
    public static StreamingOutput body(ExportFormat format, String sheetName, List<String> headers, Rows rows) {
        return out -> write(format, out, sheetName, headers, rows);
    }

    /** Writes the table to {@code out} (which is flushed, not closed). */
    public static void write(ExportFormat format, OutputStream out, String sheetName, List<String> headers, Rows rows)
            throws IOException {
        switch (format) {
            case CSV -> writeCsv(out, headers, rows);
            case XLSX -> writeXlsx(out, sheetName, headers, rows);
        }
    }

    /**
     * The text of a CSV cell as a spreadsheet will show it: text starting with a formula character gets a leading
     * apostrophe, so {@code =HYPERLINK(...)} stays text. Numbers are passed as {@link Number}s and never changed.
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A cell as CSV text. */
    public static String csvText(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            return numberText(number);
        }
        return neutralise(cell.toString());
    }

    private static String numberText(Number number) {
        if (number instanceof Integer
                || number instanceof Long
                || number instanceof Short
                || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }

    private static void writeCsv(OutputStream out, List<String> headers, Rows rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(headers.stream().map(TableExport::neutralise).toList());
        rows.each(cells -> {
            List<String> texts = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                texts.add(csvText(cell));
            }
            csv.writeRecord(texts);
        });
        csv.flush();
        writer.flush();
    }

    private static void writeXlsx(OutputStream out, String sheetName, List<String> headers, Rows rows)
            throws IOException {
        Workbook workbook = new Workbook(new NonClosing(out), APPLICATION, "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetTitle(sheetName));
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.style(0, 0).bold().set();
        int[] next = {1};
        rows.each(cells -> {
            int r = next[0]++;
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (cell != null) {
                    sheet.value(r, c, cell.toString());
                }
            }
            if (r % XLSX_FLUSH_ROWS == 0) {
                sheet.flush();
            }
        });
        workbook.finish();
        out.flush();
    }

    /** Sheet names are at most 31 characters and may not contain : \ / ? * [ ]. */
    static String sheetTitle(String name) {
        String cleaned = name == null
                ? ""
                : name.replaceAll("[:\\\\/?*\\[\\]]", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** Lets the workbook finish its zip without closing the response stream under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}

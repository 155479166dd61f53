package org.hifazat.registry;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a registry file of schools as a stream, one line at a time, so a file of any size is never held in memory.
 * Refuses what is not a UTF-8 CSV (UTF-16, an Excel workbook, other encodings) with a clear problem; removes a
 * byte-order mark; takes commas, semicolons (Excel in many languages) or tabs between columns, chosen from the
 * header line; finds the columns by their names in any order.
 */
final class SchoolCsv {

    /** One line of schools: its number in the file and its values by column. */
    record Line(long number, String[] values) {
        String get(Column column) {
            return values[column.ordinal()];
        }
    }

    /** How the file was written, shown on the preview. */
    record Format(String separatorName, boolean hadBom) {}

    /** The file cannot be read on: nothing from it is used. */
    static final class Refused extends RuntimeException {
        final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(null, null, false, false);
            this.problems = List.copyOf(problems);
        }

        Refused(Problem problem) {
            this(List.of(problem));
        }
    }

    /** Longest line accepted; a longer one is almost certainly a quote that was never closed. */
    static final int MAX_LINE_CHARS = 64 * 1024;

    private final BufferedReader text;
    private final Format format;
    private final char separator;

    private SchoolCsv(BufferedReader text, char separator, boolean hadBom) {
        this.text = text;
        this.separator = separator;
        this.format = new Format(separator == ',' ? "comma" : separator == ';' ? "semicolon" : "tab", hadBom);
    }

    /** Checks how the file starts: encoding, byte-order mark, separator. */
    static SchoolCsv open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(4);
        byte[] start = in.readNBytes(4);
        in.reset();
        boolean bom = false;
        if (start.length == 0) {
            throw new Refused(Problem.ofFile("registry_problem_empty"));
        } else if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
            bom = true;
            in.skipNBytes(3);
        } else if (startsWith(start, 0xFF, 0xFE) || startsWith(start, 0xFE, 0xFF)) {
            throw new Refused(Problem.ofFile("registry_problem_utf16"));
        } else if (startsWith(start, 0x50, 0x4B, 0x03, 0x04) || startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new Refused(Problem.ofFile("registry_problem_workbook"));
        }
        // checked byte by byte, so the decoder never has to replace anything
        BufferedReader text =
                new BufferedReader(new InputStreamReader(new Utf8Check(in), StandardCharsets.UTF_8), 64 * 1024);
        String header;
        try {
            text.mark(MAX_LINE_CHARS);
            header = readLine(text);
            text.reset();
        } catch (Utf8Check.NotUtf8 e) {
            throw new Refused(Problem.at(e.line, "registry_problem_encoding"));
        }
        if (header == null || header.isBlank()) {
            throw new Refused(Problem.ofFile("registry_problem_empty"));
        }
        return new SchoolCsv(text, separatorOf(header), bom);
    }

    Format format() {
        return format;
    }

    /**
     * Hands every line with values to {@code lines} and every line with the wrong number of values to
     * {@code problems}; returns how many lines were handed on. Throws {@link Refused} when the header or the text
     * makes reading on pointless.
     */
    long read(Consumer<Line> lines, Consumer<Problem> problems) throws IOException {
        long handed = 0;
        long refusedLines = 0;
        long lastLine = 1;
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .maxBufferSize(MAX_LINE_CHARS)
                .ofCsvRecord(text)) {
            int[] columnAt = null;
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                if (columnAt == null) {
                    columnAt = Column.positions(record);
                    continue;
                }
                if (record.getFieldCount() != columnAt.length) {
                    problems.accept(
                            Problem.at(lastLine, "registry_problem_columns", columnAt.length, record.getFieldCount()));
                    refusedLines++;
                    continue;
                }
                String[] values = new String[Column.values().length];
                boolean blank = true;
                for (int i = 0; i < columnAt.length; i++) {
                    values[columnAt[i]] = record.getField(i).strip();
                    blank &= values[columnAt[i]].isEmpty();
                }
                if (!blank) {
                    lines.accept(new Line(lastLine, values));
                    handed++;
                }
            }
            if (columnAt == null) {
                throw new Refused(Problem.ofFile("registry_problem_empty"));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Utf8Check.NotUtf8 notUtf8) {
                throw new Refused(Problem.at(notUtf8.line, "registry_problem_encoding"));
            }
            throw e.getCause();
        } catch (CsvParseException e) {
            throw new Refused(Problem.at(lastLine + 1, "registry_problem_quote"));
        }
        if (handed == 0 && refusedLines == 0) {
            throw new Refused(Problem.ofFile("registry_problem_no_rows"));
        }
        return handed;
    }

    /** The separator the header line uses most: comma, semicolon or tab. */
    static char separatorOf(String header) {
        char best = ',';
        long most = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    private static String readLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1 && c != '\n') {
            if (line.length() >= MAX_LINE_CHARS - 1) {
                throw new Refused(Problem.at(1, "registry_problem_quote"));
            }
            line.append((char) c);
        }
        return c == -1 && line.isEmpty() ? null : line.toString();
    }

    static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

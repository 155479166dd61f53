package org.hifazat.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CR, LF or CRLF line ends), remembering the
 * line each record starts on so problems can name it. The delimiter is the one the first line uses most: a comma,
 * a semicolon (spreadsheets set to a European locale) or a tab (a list pasted from a spreadsheet).
 */
final class CsvRecords {

    /** One record and the line of the file it starts on (1 = first line). */
    record Row(int line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(c -> c.isBlank());
        }
    }

    private CsvRecords() {}

    static List<Row> split(String text) {
        char delimiter = delimiterOf(text);
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new Row(rowStart, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }

    static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}

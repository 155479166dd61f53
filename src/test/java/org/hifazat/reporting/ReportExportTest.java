package org.hifazat.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hifazat.Forms;
import org.hifazat.audit.AuditEvent;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ScopeType;
import org.junit.jupiter.api.Test;

/** Exports hold exactly the table on screen, are audited, and refuse bad requests without writing anything. */
@QuarkusTest
class ReportExportTest {

    private static final Pattern ROW = Pattern.compile("(?s)<tr>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>");

    /** The headings of a table whose rows are schools. */
    static final List<String> AREA_HEADINGS = List.of(
            "Area",
            "Code",
            "Enrolled",
            "Started",
            "% started",
            "Completed",
            "% completed",
            "Mastered",
            "% mastered",
            "Teachers",
            "Teachers trained",
            "% trained");

    /** The district table of ReportWorld, worked out by hand (sorted by name; '=' sorts before letters). */
    private static List<List<String>> expected(ReportWorld w) {
        return List.of(
                AREA_HEADINGS,
                // S1's 3 mastered is alone in its column, so S2's 5 is hidden with it; the world has no teachers
                List.of(ReportWorld.FORMULA_NAME, w.s2(), "6", "6", "100", "6", "100", "*", "", "0", "0", ""),
                List.of("Govt Boys School Empty", w.s5(), "0", "0", "", "0", "", "0", "", "0", "0", ""),
                List.of("Govt Girls Primary School Alpha", w.s1(), "12", "7", "58", "5", "42", "<5", "", "0", "0", ""),
                List.of("Total", "district:" + w.d1(), "18", "13", "72", "11", "61", "8", "44", "0", "0", ""));
    }

    @Test
    void theScreenShowsTheHandComputedTable() {
        ReportWorld w = ReportWorld.get();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.d1()));
        String page = official.open("/ministry/dashboard").asString();
        assertEquals(expected(w), screen(page));
        assertTrue(page.contains("<svg class=\"chart\""), "a server-drawn chart");
        assertTrue(page.contains("between 1 and 4"), "the marks are explained");
        assertTrue(!page.contains("Pupil A."), "never a pupil's name");
    }

    @Test
    void csvXlsxAndJsonEqualTheScreenCellForCell() throws IOException {
        ReportWorld w = ReportWorld.get();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.d1()));
        String query = "?scope=district:" + w.d1() + "&sort=started&dir=desc";
        List<List<String>> screen =
                screen(official.open("/ministry/dashboard" + query).asString());
        assertEquals(
                List.of("Govt Girls Primary School Alpha", ReportWorld.FORMULA_NAME, "Govt Boys School Empty"),
                screen.subList(1, 4).stream().map(r -> r.get(0)).toList());

        Response csv = official.open(Dashboard.API + query + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        List<List<String>> csvRows = csv(csv.asByteArray());
        assertEquals("'" + ReportWorld.FORMULA_NAME, csvRows.get(2).get(0), "a formula-looking name stays text");
        assertEquals(screen, unneutralised(csvRows));

        Response xlsx = official.open(Dashboard.API + query + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.header("Content-Disposition").contains(".xlsx"));
        assertEquals(screen, xlsx(xlsx.asByteArray()));

        Response json = official.open(Dashboard.API + query + "&format=json");
        assertEquals(200, json.statusCode());
        assertEquals(screen, json(json));
        assertTrue(!json.asString().contains("Pupil "), "aggregates only, never a pupil's name");
    }

    @Test
    void everyExportIsAuditedAndTheAdminReadsTheLog() {
        ReportWorld w = ReportWorld.get();
        String username = ReportFixture.ministry(ScopeType.DISTRICT, w.d1());
        Forms official = Forms.signedIn(username);
        long id = QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername(username).orElseThrow().id);
        long before = exports();
        official.open(Dashboard.API + "?format=csv&by=module&band=B").then().statusCode(200);
        assertEquals(before + 1, exports());
        AuditEvent event = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>find("action = ?1 order by id desc", CompletionApi.AUDIT_ACTION)
                        .firstResult());
        assertEquals("adult:" + id, event.actor);
        assertEquals("district:" + w.d1(), event.targetId);
        assertEquals("format=csv; scope=district:" + w.d1() + "; filters=band=B, by=module; rows=1", event.details);
        assertTrue(event.occurredAt != null);

        Forms admin = Forms.signedIn("admin");
        Response log = admin.open("/admin/exports");
        assertEquals(200, log.statusCode());
        assertTrue(log.asString().contains("Official " + username), "who, by name");
        assertTrue(log.asString().contains("filters=band=B, by=module; rows=1"));
        assertEquals(403, official.open("/admin/exports").statusCode());
    }

    @Test
    void badRequestsAreRefusedClearlyAndWriteNothing() {
        ReportWorld w = ReportWorld.get();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.d1()));
        long before = exports();
        official.open(Dashboard.API + "?format=pdf")
                .then()
                .statusCode(400)
                .body("details[0]", containsString("\"pdf\" is not offered"));
        official.open(Dashboard.API + "?format=csv&grade=13&band=Z&module=nope&sort=colour&dir=up&by=planet")
                .then()
                .statusCode(400)
                .body("details.size()", org.hamcrest.Matchers.equalTo(6))
                .body("details[0]", containsString("no module \"nope\""));
        official.open(Dashboard.API + "?format=csv&scope=district:" + w.d2())
                .then()
                .statusCode(403);
        official.open(Dashboard.API + "?format=xlsx&scope=district:NOWHERE")
                .then()
                .statusCode(404);
        assertEquals(before, exports(), "nothing audited for a refused export");

        Response page = official.open("/ministry/dashboard?grade=0");
        assertEquals(400, page.statusCode());
        assertTrue(page.asString().contains("use a number from 1 to 12"));
        assertEquals(400, official.open("/ministry/dashboard?sort=secret").statusCode());
    }

    private static long exports() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", CompletionApi.AUDIT_ACTION));
    }

    /** Headings, rows and total of the page's report table, as text. */
    static List<List<String>> screen(String html) {
        int start = html.indexOf("<table class=\"report\">");
        String table = html.substring(start, html.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(unescape(cell.group(1)
                        .replaceAll("<[^>]*>", "")
                        .replaceAll("[▲▼]", "")
                        .strip()));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheet programs");
        List<List<String>> rows = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(text.substring(1)).forEach(r -> rows.add(r.getFields()));
        return rows;
    }

    static List<List<String>> unneutralised(List<List<String>> rows) {
        return rows.stream()
                .map(r -> r.stream()
                        .map(c -> c.matches("'[=+\\-@].*") ? c.substring(1) : c)
                        .toList())
                .toList();
    }

    static List<List<String>> xlsx(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            int width = sheet.get(0).getCellCount();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Cell cell = c < r.getCellCount() ? r.getCell(c) : null;
                    if (cell == null || cell.getType() == CellType.EMPTY) {
                        cells.add("");
                    } else {
                        assertNull(cell.getFormula(), "text is never a formula");
                        cells.add(
                                cell.getType() == CellType.NUMBER
                                        ? ((BigDecimal) cell.getValue())
                                                .stripTrailingZeros()
                                                .toPlainString()
                                        : cell.getText());
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<List<String>> json(Response response) {
        List<Map<String, Object>> columns = response.jsonPath().getList("columns");
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(c -> (String) c.get("label")).toList());
        List<Map<String, Object>> body = new ArrayList<>(response.jsonPath().getList("rows"));
        body.add(response.jsonPath().getMap("total"));
        for (Map<String, Object> row : body) {
            rows.add(columns.stream()
                    .map(c -> {
                        Object v = row.get((String) c.get("key"));
                        return v == null ? "" : v.toString();
                    })
                    .toList());
        }
        return rows;
    }
}

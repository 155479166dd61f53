package org.hifazat.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hifazat.registry.SchoolCsv.Line;
import org.hifazat.web.Language;
import org.junit.jupiter.api.Test;

class SchoolCsvTest {

    private final List<Line> lines = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private SchoolCsv read(byte[] bytes) throws IOException {
        SchoolCsv csv = SchoolCsv.open(new ByteArrayInputStream(bytes));
        csv.read(lines::add, problems::add);
        return csv;
    }

    private static List<String> refused(byte[] bytes) {
        SchoolCsv.Refused refused = assertThrows(SchoolCsv.Refused.class, () -> {
            SchoolCsv csv = SchoolCsv.open(new ByteArrayInputStream(bytes));
            csv.read(l -> {}, p -> {});
        });
        return refused.problems.stream().map(p -> p.text(Language.EN)).toList();
    }

    @Test
    void readsAGoodFileWithUrduNamesIntact() throws IOException {
        SchoolFile file = new SchoolFile();
        file.line("A-1", "گورنمنٹ گرلز پرائمری سکول، ماڈل ٹاؤن", "لاہور", "پنجاب", "primary", "urban");
        file.line("A-2", "Government High School, Kalam", "Swat", "KP", "high", "rural");
        SchoolCsv csv = read(file.bytes());
        assertEquals(new SchoolCsv.Format("comma", false), csv.format());
        assertEquals(2, lines.size());
        assertEquals("گورنمنٹ گرلز پرائمری سکول، ماڈل ٹاؤن", lines.get(0).get(Column.NAME));
        assertEquals("Government High School, Kalam", lines.get(1).get(Column.NAME));
        assertEquals(3, lines.get(1).number());
        assertEquals(List.of(), problems);
    }

    @Test
    void columnsMayComeInAnyOrderWithOtherSpellings() throws IOException {
        SchoolFile file = SchoolFile.withHeader("School Name,EMIS Code,Province,District,Level,Urban/Rural");
        file.line("Government Middle School", "B-1", "PB", "PB-LHR", "middle", "urban");
        read(file.bytes());
        assertEquals("B-1", lines.get(0).get(Column.EMIS_CODE));
        assertEquals("PB-LHR", lines.get(0).get(Column.DISTRICT));
    }

    @Test
    void aByteOrderMarkIsRemoved() throws IOException {
        SchoolFile file = new SchoolFile();
        file.goodSchool();
        SchoolCsv csv = read(file.withBom());
        assertTrue(csv.format().hadBom());
        assertEquals(1, lines.size());
    }

    @Test
    void semicolonsAndTabsBetweenColumnsAreDetected() throws IOException {
        SchoolFile file = new SchoolFile();
        String code = file.goodSchool();
        assertEquals("semicolon", read(file.withSemicolons()).format().separatorName());
        assertEquals(code, lines.get(0).get(Column.EMIS_CODE));
        lines.clear();
        byte[] tabs = file.text().replace(',', '\t').getBytes(StandardCharsets.UTF_8);
        assertEquals("tab", read(tabs).format().separatorName());
        assertEquals("PB-LHR", lines.get(0).get(Column.DISTRICT));
    }

    @Test
    void anotherEncodingIsRefusedAtTheLineWhereItStarts() {
        SchoolFile file = new SchoolFile();
        for (int i = 0; i < 300; i++) {
            file.goodSchool();
        }
        file.line("C-1", "Escuela Pública Número Uno", "PB-LHR", "PB", "primary", "urban");
        // windows-1252: the ú is one byte that is not UTF-8, on line 302
        assertEquals(
                List.of("line 302: the text is not UTF-8. Save the file as \"CSV UTF-8\" and upload it again;"
                        + " Urdu names are only kept in UTF-8."),
                refused(file.bytes(Charset.forName("windows-1252"))));
    }

    @Test
    void utf16AndWorkbooksAreRefusedWithWhatToDo() {
        SchoolFile file = new SchoolFile();
        file.goodSchool();
        byte[] utf16 = file.text().getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);
        assertTrue(refused(withMark).get(0).contains("UTF-16"));
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
        assertTrue(refused(xlsx).get(0).contains("Excel workbook"));
    }

    @Test
    void wrongColumnsAreNamed() {
        assertEquals(
                List.of(
                        "line 1: the column \"school_type\" is not one we know. The columns are: "
                                + "emis_code,name,district,province,level,urban_rural.",
                        "line 1: the columns urban_rural are missing. The first line must name the columns: "
                                + "emis_code,name,district,province,level,urban_rural."),
                refused(SchoolFile.withHeader("emis_code,name,district,province,level,school_type")
                        .line("D-1", "School", "PB-LHR", "PB", "primary", "urban")
                        .bytes()));
        assertEquals(
                List.of("line 1: the column \"name\" appears twice."),
                refused(SchoolFile.withHeader("emis_code,name,district,province,level,urban_rural,name")
                        .bytes()));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        assertEquals(List.of("The file is empty."), refused(new byte[0]));
        assertEquals(List.of("The file is empty."), refused("\n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("The file has a header line but no schools."), refused(new SchoolFile().bytes()));
    }

    @Test
    void aLineWithTheWrongNumberOfValuesIsAProblemOfThatLine() throws IOException {
        SchoolFile file = new SchoolFile();
        file.goodSchool();
        file.raw("E-1,Government School, Model Town,PB-LHR,PB,primary,urban");
        file.goodSchool();
        read(file.bytes());
        assertEquals(2, lines.size());
        assertEquals(
                "line 3: expected 6 values, found 7. Check for a missing or extra separator,"
                        + " or a name with a comma that is not in quotes.",
                problems.get(0).text(Language.EN));
    }

    @Test
    void quotedNamesMaySpanLinesAndLineNumbersStayTrue() throws IOException {
        SchoolFile file = new SchoolFile();
        file.raw("F-1,\"Government School\nBlock B\",PB-LHR,PB,primary,urban");
        file.raw(",,,,,");
        file.raw("");
        file.raw("F-2,School,PB-LHR,PB,primary,urban");
        read(file.bytes());
        assertEquals(List.of(2L, 6L), lines.stream().map(Line::number).toList());
        assertEquals("Government School\nBlock B", lines.get(0).get(Column.NAME));
    }

    @Test
    void anUnclosedQuoteStopsTheReading() {
        SchoolFile file = new SchoolFile();
        file.goodSchool();
        file.raw("G-1,\"Government School,PB-LHR,PB,primary,urban");
        file.raw("x".repeat(SchoolCsv.MAX_LINE_CHARS + 10));
        List<String> texts = refused(file.bytes());
        assertEquals(1, texts.size());
        assertTrue(texts.get(0).startsWith("line 3: a quotation mark is not closed"), texts.get(0));
    }
}

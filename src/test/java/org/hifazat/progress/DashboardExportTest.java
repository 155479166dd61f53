package org.hifazat.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.audit.AuditEvent;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.identity.Role;
import org.hifazat.learning.LearningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grid downloaded as CSV and XLSX holds exactly the header and cells of the page. */
@QuarkusTest
class DashboardExportTest {

    @Inject
    LearningService learning;

    @Inject
    CurriculumService curriculum;

    private ClassFixture fixture;

    @BeforeEach
    void buildClass() {
        fixture =
                ClassFixture.build(learning, curriculum.module("secret-gift-b").orElseThrow());
    }

    @Test
    void csvAndXlsxEqualTheScreen() throws IOException {
        Forms teacher = Forms.signedIn(fixture.teacher());
        String page = teacher.open(dashboard()).asString();
        List<List<String>> screen = DashboardTest.grid(page);
        List<String> header = List.of("Pupil", "A secret gift – Status", "A secret gift – Best score (%)");
        assertTrue(page.contains("<th scope=\"colgroup\" colspan=\"2\">A secret gift</th>"), page);
        assertTrue(page.contains("<th scope=\"col\">Status</th><th scope=\"col\">Best score (%)</th>"), page);
        assertEquals(5, screen.size());

        Response csv = teacher.open(dashboard() + "/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").contains(".csv"));
        byte[] bytes = csv.asByteArray();
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            records.add(record.getFields());
        }
        assertEquals(header, records.get(0));
        assertEquals(screen, records.subList(1, records.size()));

        Response xlsx = teacher.open(dashboard() + "/export?format=XLSX");
        assertEquals(200, xlsx.statusCode());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<List<String>> cells = new ArrayList<>();
            for (Row row : rows) {
                List<String> line = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    line.add(row.getCellText(c));
                }
                cells.add(line);
            }
            assertEquals(header, cells.get(0));
            assertEquals(screen, cells.subList(1, cells.size()));
            assertTrue(rows.get(1).getCellAsNumber(2).isPresent(), "a score is a number in the spreadsheet");
        }
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "action = 'dashboard-exported' and targetId = ?1", String.valueOf(fixture.classId())));
        assertEquals(2, audited);
    }

    @Test
    void anUnknownFormatIsRefusedAndOtherTeachersCannotExport() {
        Forms teacher = Forms.signedIn(fixture.teacher());
        teacher.open(dashboard() + "/export?format=pdf").then().statusCode(400);
        teacher.open(dashboard() + "/export").then().statusCode(400);
        Forms.signedIn(TestSchools.adult(Role.TEACHER, false))
                .open(dashboard() + "/export?format=csv")
                .then()
                .statusCode(404);
        Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, true))
                .open(dashboard() + "/export?format=xlsx")
                .then()
                .statusCode(404);
        Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false))
                .open(dashboard() + "/export?format=csv")
                .then()
                .statusCode(200);
        new Forms().open(dashboard() + "/export?format=csv").then().statusCode(302);
        long audited = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count(
                        "action = 'dashboard-exported' and targetId = ?1", String.valueOf(fixture.classId())));
        assertEquals(1, audited, "only the head teacher's export happened");
    }

    private String dashboard() {
        return "/classes/" + fixture.classId() + "/dashboard";
    }
}

package org.hifazat.roster;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.Role;
import org.hifazat.school.Pupil;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RosterImportTest {

    @Test
    void goodFileIsPreviewedThenImportedOnlyOnConfirmation() {
        Fixture f = new Fixture(4);
        Response checked = f.upload("first name,initial,grade\nAyesha,K,4\nBilal,A,4\nزینب,ر,\n");
        assertEquals(303, checked.statusCode(), checked.asString());
        String preview = checked.header("Location").replaceFirst("^https?://[^/]+", "");
        assertEquals(0, f.pupils().size(), "nothing is added before the teacher confirms");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> RosterDraft.count("schoolClass.id", f.classId)));

        // the preview is read back from the database, so a fresh page load (on any instance) shows it
        f.teacher
                .open(preview)
                .then()
                .statusCode(200)
                .body(containsString("Ayesha K."))
                .body(containsString("زینب ر."))
                .body(containsString("Add these 3 pupils"));
        Response confirmed = f.teacher.post(preview);
        assertEquals(303, confirmed.statusCode());
        assertTrue(confirmed.header("Location").endsWith("/pupils?done=imported"));
        assertEquals(List.of("Ayesha K.", "Bilal A.", "زینب ر."), f.pupils());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> RosterDraft.count("schoolClass.id", f.classId)));

        // confirming the same draft again adds nothing
        f.teacher.open("/classes/" + f.classId + "/pupils").then().body(containsString("3 new sign-in cards"));
        f.teacher.post(preview).then().statusCode(404);
        assertEquals(3, f.pupils().size());
    }

    @Test
    void badLinesAreListedWithTheirNumbersAndNothingIsImported() {
        Fixture f = new Fixture(4);
        String file = "first name,initial\nAyesha,K\nayesha@example.pk,K\nBilal,Ahmed\n"
                + "=HYPERLINK(\"http://evil.example\",\"Ali\"),K\nSara,B\nsara,b.\n";
        String page = f.upload(file).then().statusCode(400).extract().asString();
        assertTrue(page.contains("4 of 6 lines need fixing"), page);
        assertRow(page, 3, "looks like an email address");
        assertRow(page, 4, "not the whole family name");
        assertRow(page, 5, "like a spreadsheet formula");
        assertRow(page, 7, "Sara B. is also on line 6");
        assertTrue(!page.contains("<a href=\"http://evil.example"), "the formula is shown as text only");
        assertEquals(0, f.pupils().size());
    }

    @Test
    void byteOrderMarkSemicolonsAndUrduNamesImport() {
        Fixture f = new Fixture(7);
        byte[] body = "پہلا نام;حرف;جماعت\nعائشہ;ک;7\nمحمد علی;ر;7\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[body.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(body, 0, file, 3, body.length);
        Response checked = f.teacher.upload("/classes/" + f.classId + "/import", "class.csv", file);
        assertEquals(303, checked.statusCode(), checked.asString());
        f.teacher.open(checked.header("Location"));
        f.teacher.post(checked.header("Location")).then().statusCode(303);
        assertEquals(List.of("عائشہ ک.", "محمد علی ر."), f.pupils());
    }

    @Test
    void pastedListFromASpreadsheetImports() {
        Fixture f = new Fixture(2);
        f.teacher.open("/classes/" + f.classId + "/import");
        Response checked =
                f.teacher.upload("/classes/" + f.classId + "/import", "", new byte[0], "text", "Hina\tJ\nOmar\tF\n");
        assertEquals(303, checked.statusCode(), checked.asString());
    }

    @Test
    void wrongColumnsAndTenThousandRowsAreRefusedAsAWhole() {
        Fixture f = new Fixture(4);
        f.upload("name,email,phone\nAyesha,a@b.pk,03001234567\n")
                .then()
                .statusCode(400)
                .body(containsString("The columns must be: first name, initial, grade"))
                .body(containsString("name, email, phone"));
        StringBuilder big = new StringBuilder("first name,initial\n");
        for (int i = 0; i < 10_000; i++) {
            big.append("Pupil,").append((char) ('A' + i % 26)).append('\n');
        }
        f.upload(big.toString())
                .then()
                .statusCode(400)
                .body(containsString("This list has 10000 pupils, but there is room for only 100 more"));
        f.upload("").then().statusCode(400).body(containsString("The list is empty"));
        assertEquals(0, f.pupils().size());
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0L, RosterDraft.count("schoolClass.id", f.classId)));
    }

    @Test
    void anotherTeacherCannotImportIntoOrConfirmForYourClass() {
        Fixture f = new Fixture(4);
        String preview = f.upload("Ayesha,K\n").header("Location").replaceFirst("^https?://[^/]+", "");
        Forms other = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        other.open("/classes/" + f.classId + "/import").then().statusCode(404);
        other.open(preview).then().statusCode(404);
        other.open("/teacher");
        other.post(preview).then().statusCode(404);
        other.upload("/classes/" + f.classId + "/import", "x.csv", "Bilal,A\n".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(404);
        assertEquals(0, f.pupils().size());
        f.teacher.open(preview).then().statusCode(200).body(not(containsString("Bilal")));
    }

    private static void assertRow(String page, int line, String problem) {
        String row =
                "(?s).*<td>" + line + "</td>\\s*<td>[^<]*</td>\\s*<td>[^<]*</td>\\s*<td class=\"problem-cell\">[^<]*"
                        + java.util.regex.Pattern.quote(problem) + ".*";
        org.hamcrest.MatcherAssert.assertThat("line " + line, page, matchesPattern(row));
    }

    /** A fresh teacher with an empty class of the given grade, on its import page. */
    static final class Fixture {
        final Forms teacher;
        final long classId;

        Fixture(int grade) {
            String username = TestSchools.adult(Role.TEACHER, false);
            classId = TestSchools.classOf(username, grade, "en", List.of());
            teacher = Forms.signedIn(username);
            teacher.open("/classes/" + classId + "/import").then().statusCode(200);
        }

        Response upload(String csv) {
            teacher.open("/classes/" + classId + "/import");
            return teacher.upload("/classes/" + classId + "/import", "class.csv", csv.getBytes(StandardCharsets.UTF_8));
        }

        List<String> pupils() {
            return QuarkusTransaction.requiringNew()
                    .call(() -> Pupil.<Pupil>list("schoolClass.id = ?1 order by id", classId).stream()
                            .map(p -> p.displayName)
                            .toList());
        }
    }
}

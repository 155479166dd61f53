package org.hifazat.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.RawHttp;
import org.hifazat.audit.AuditEvent;
import org.hifazat.school.DemoSchool;
import org.hifazat.school.District;
import org.hifazat.school.School;
import org.hifazat.web.Language;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistryImportPageTest {

    private static final String PAGE = "/admin/registry/import";

    private static Response upload(Forms admin, String fileName, byte[] content) {
        admin.open(PAGE).then().statusCode(200);
        return admin.upload(PAGE, fileName, content);
    }

    private static String tokenOf(Response staged) {
        assertEquals(303, staged.statusCode(), staged.asString());
        String location = staged.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aGoodFileIsPreviewedAndOnlyConfirmingAddsItsSchools() {
        SchoolFile file = new SchoolFile();
        String lahore = file.goodSchool();
        String urdu = file.code();
        file.line(urdu, "گورنمنٹ گرلز ہائی سکول، حیدرآباد", "حیدرآباد", "سندھ", "high", "urban");
        String swat = file.code();
        file.line(swat, "Government Middle School, Kalam", "Swat", "KP", "middle", "rural");
        Forms admin = Forms.signedIn("admin");
        String token = tokenOf(upload(admin, "schools.csv", file.bytes()));

        admin.open(PAGE + "/" + token)
                .then()
                .statusCode(200)
                .body(containsString("3 schools in 3 districts are ready to be added"))
                .body(containsString("گورنمنٹ گرلز ہائی سکول، حیدرآباد"))
                .body(containsString("Add these 3 schools"));
        assertTrue(
                !SchoolFile.inRegistry(lahore) && !SchoolFile.inRegistry(urdu) && !SchoolFile.inRegistry(swat),
                "nothing written before confirm");
        // the preview lives in the database, so any instance can show and confirm it
        long staged =
                QuarkusTransaction.requiringNew().call(() -> RegistryImportRow.count("registryImport.token", token));
        assertEquals(3, staged);

        Forms otherBrowser = Forms.signedIn("admin");
        otherBrowser.open(PAGE + "/" + token);
        otherBrowser.post(PAGE + "/" + token + "/confirm").then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> {
            School school = School.findByEmisCode(urdu).orElseThrow();
            assertEquals("گورنمنٹ گرلز ہائی سکول، حیدرآباد", school.name);
            assertEquals("SD-HYD", school.district.code);
            assertEquals("high", school.level);
            assertEquals("KP-SWT", School.findByEmisCode(swat).orElseThrow().district.code);
            assertEquals(0, RegistryImportRow.count("registryImport.token", token));
            AuditEvent event = AuditEvent.find("action = ?1 and targetId = ?2", "registry-import", token)
                    .firstResult();
            assertEquals("file=schools.csv, schools=3", event.details);
            assertTrue(event.actor.startsWith("adult:"));
        });
        admin.open(PAGE + "/" + token).then().body(containsString("3 schools were added to the registry"));
        // a second click imports nothing more
        admin.post(PAGE + "/" + token + "/confirm").then().statusCode(303);
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> AuditEvent.count("action = ?1 and targetId = ?2", "registry-import", token)));
    }

    @Test
    void badLinesAreListedByLineNumberAndNothingIsStaged() {
        SchoolFile file = new SchoolFile();
        file.goodSchool();
        file.line(file.code(), "School", "Nowhere", "PB", "primary", "urban");
        file.goodSchool();
        file.line(file.code(), "", "PB-LHR", "PB", "college", "urban");
        String fileName = "bad-" + file.code() + ".csv";
        String page = upload(Forms.signedIn("admin"), fileName, file.bytes())
                .then()
                .statusCode(422)
                .body(containsString("This file cannot be imported yet"))
                .extract()
                .asString();
        assertTrue(page.contains("line 3: unknown district &quot;Nowhere&quot;"), page);
        assertTrue(page.contains("line 5: the name is empty."), page);
        assertTrue(page.contains("line 5: the level &quot;college&quot; is not primary"), page);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, RegistryImport.count("fileName", fileName));
            assertEquals(
                    1,
                    AuditEvent.count(
                            "action = ?1 and details like ?2", "registry-import-refused", "file=" + fileName + "%"));
        });
    }

    @Test
    void duplicateCodesInTheFileAndInTheRegistryAreRefused() {
        SchoolFile file = new SchoolFile();
        String twice = file.goodSchool();
        file.line(DemoSchool.EMIS_CODE.toLowerCase(), "Another demo", "PB-LHR", "PB", "primary", "urban");
        file.line(twice, "Same code again", "PB-LHR", "PB", "primary", "urban");
        String page = upload(Forms.signedIn("admin"), "dups.csv", file.bytes())
                .then()
                .statusCode(422)
                .extract()
                .asString();
        assertTrue(
                page.contains("line 3: EMIS code DEMO-0001 is already in the registry"
                        + " (Demo Government Primary School, Model Town)."),
                page);
        assertTrue(page.contains("line 4: EMIS code " + twice + " is also on line 2."), page);
        assertTrue(!SchoolFile.inRegistry(twice));
    }

    @Test
    void problemsAreShownInUrduToAnUrduReader() {
        SchoolFile file = new SchoolFile();
        file.line(file.code(), "School", "Nowhere", "PB", "primary", "urban");
        Forms admin = Forms.signedIn("admin");
        admin.cookies().put(Language.COOKIE, "ur");
        upload(admin, "urdu.csv", file.bytes())
                .then()
                .statusCode(422)
                .body(containsString("یہ فائل ابھی شامل نہیں کی جا سکتی"))
                .body(containsString("سطر 2: نامعلوم ضلع"));
    }

    @Test
    void aFileWithAByteOrderMarkAndSemicolonsIsReadAndSaysSo() {
        SchoolFile file = new SchoolFile();
        String code = file.goodSchool();
        byte[] semicolons = file.withSemicolons();
        byte[] content = new byte[semicolons.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(semicolons, 0, content, 3, semicolons.length);
        Forms admin = Forms.signedIn("admin");
        String token = tokenOf(upload(admin, "excel.csv", content));
        admin.open(PAGE + "/" + token)
                .then()
                .body(containsString("The byte-order mark at the start of the file was removed."))
                .body(containsString("separated by semicolons"))
                .body(containsString(code));
    }

    @Test
    void aFileInAnotherEncodingOrWithWrongColumnsIsRefusedClearly() {
        SchoolFile latin = new SchoolFile();
        latin.line(latin.code(), "Escuela Número Uno", "PB-LHR", "PB", "primary", "urban");
        upload(Forms.signedIn("admin"), "latin1.csv", latin.bytes(Charset.forName("ISO-8859-1")))
                .then()
                .statusCode(422)
                .body(containsString("line 2: the text is not UTF-8"));
        SchoolFile columns = SchoolFile.withHeader("emis;type;district");
        columns.raw("X-1;School;PB-LHR");
        upload(Forms.signedIn("admin"), "columns.csv", columns.bytes())
                .then()
                .statusCode(422)
                .body(containsString("the column &quot;type&quot; is not one we know"))
                .body(containsString("the columns name, province, level, urban_rural are missing"));
    }

    @Test
    void aSchoolAddedBetweenPreviewAndConfirmStopsTheWholeImport() {
        SchoolFile file = new SchoolFile();
        String first = file.goodSchool();
        String taken = file.goodSchool();
        String third = file.goodSchool();
        Forms admin = Forms.signedIn("admin");
        String token = tokenOf(upload(admin, "race.csv", file.bytes()));
        QuarkusTransaction.requiringNew().run(() -> {
            School school = new School();
            school.district = District.findByCode("PB-LHR").orElseThrow();
            school.emisCode = taken;
            school.name = "Added meanwhile";
            school.level = "primary";
            school.locality = "urban";
            school.createdAt = LocalDateTime.now();
            school.persist();
        });
        admin.open(PAGE + "/" + token);
        admin.post(PAGE + "/" + token + "/confirm")
                .then()
                .statusCode(409)
                .body(containsString("The registry changed since the preview"))
                .body(containsString("line 3: EMIS code " + taken + " is already in the registry (Added meanwhile)."));
        assertTrue(!SchoolFile.inRegistry(first) && !SchoolFile.inRegistry(third), "nothing half-imported");
    }

    @Test
    void aDiscardedPreviewCanNoLongerBeConfirmed() {
        SchoolFile file = new SchoolFile();
        String code = file.goodSchool();
        Forms admin = Forms.signedIn("admin");
        String token = tokenOf(upload(admin, "discard.csv", file.bytes()));
        admin.open(PAGE + "/" + token);
        admin.post(PAGE + "/" + token + "/discard").then().statusCode(303);
        admin.open(PAGE + "/" + token).then().body(containsString("This import was discarded"));
        admin.post(PAGE + "/" + token + "/confirm").then().statusCode(303);
        assertTrue(!SchoolFile.inRegistry(code));
        admin.open(PAGE + "/" + "A".repeat(32)).then().statusCode(404);
        admin.open(PAGE + "/not-a-token").then().statusCode(404);
    }

    @Test
    void aHundredMegabyteUploadIsRefusedWith413BeforeItIsRead() {
        Forms admin = Forms.signedIn("admin");
        admin.open(PAGE);
        String response =
                RawHttp.postTooLarge(PAGE, 100L * 1024 * 1024, "multipart/form-data; boundary=xyz", admin.cookies());
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("That was too big"), response);
        // other pages keep the small limit
        String small =
                RawHttp.postTooLarge("/sign-in", 3L * 1024 * 1024, "application/x-www-form-urlencoded", Map.of());
        assertTrue(small.startsWith("HTTP/1.1 413"), small);
    }

    @Test
    void onlyAdminsImportAndOnlyWithTheFormToken() {
        Forms.signedIn("teacher").open(PAGE).then().statusCode(403);
        Forms admin = Forms.signedIn("admin");
        admin.open(PAGE);
        given().cookies(admin.cookies())
                .redirects()
                .follow(false)
                .multiPart("file", "x.csv", new SchoolFile().bytes(), "text/csv")
                .post(PAGE)
                .then()
                .statusCode(403)
                .body(containsString("This form has expired"));
    }

    @Test
    void thePageExplainsTheColumnsAndLinksAnExample() {
        Forms.signedIn("admin")
                .open(PAGE)
                .then()
                .statusCode(200)
                .body(containsString("emis_code"))
                .body(containsString("urban_rural"))
                .body(containsString("up to 32 MB"))
                .body(containsString("/registry/schools-example.csv"))
                .body(not(containsString("Exception")));
        given().get("/registry/schools-example.csv").then().statusCode(200).body(containsString("EX-0002"));
    }
}

package org.hifazat.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.ClassCodes;
import org.hifazat.identity.Role;
import org.hifazat.school.SchoolClass;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClassesTest {

    @Test
    void teacherCreatesAClassWithAFreshCodeAndSeesItOnTheStartPage() {
        Forms teacher = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        teacher.open("/teacher").then().statusCode(200).body(containsString("no classes yet"));
        long id = create(teacher, "7", " b ", "ur");
        SchoolClass created = QuarkusTransaction.requiringNew().call(() -> SchoolClass.findById(id));
        assertEquals(7, created.grade);
        assertEquals("B", created.section);
        assertEquals("ur", created.language);
        assertTrue(ClassCodes.wellFormed(created.classCode), created.classCode);
        teacher.open("/classes/" + id)
                .then()
                .statusCode(200)
                .body(containsString("Class 7-B"))
                .body(containsString(created.classCode))
                .body(containsString("two secret words"));
        teacher.open("/teacher")
                .then()
                .statusCode(200)
                .body(containsString("/classes/" + id))
                .body(containsString(created.classCode));
    }

    @Test
    void badClassInputIsRefusedClearlyAndNothingIsCreated() {
        String username = TestSchools.adult(Role.TEACHER, false);
        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/new");
        teacher.post("/classes", "grade", "13", "section", "A", "language", "en")
                .then()
                .statusCode(400)
                .body(containsString("grade from 1 to 12"));
        teacher.post("/classes", "grade", "x", "section", "A", "language", "en")
                .then()
                .statusCode(400);
        teacher.post("/classes", "grade", "3", "section", " ", "language", "en")
                .then()
                .statusCode(400)
                .body(containsString("section of 1 to 16"));
        teacher.post("/classes", "grade", "3", "section", "<b>A</b>", "language", "en")
                .then()
                .statusCode(400)
                .body(not(containsString("<b>A</b>")));
        teacher.post("/classes", "grade", "3", "section", "A".repeat(17), "language", "en")
                .then()
                .statusCode(400);
        teacher.post("/classes", "grade", "3", "section", "A", "language", "fr")
                .then()
                .statusCode(400)
                .body(containsString("Urdu or English"));
        long classes = QuarkusTransaction.requiringNew().call(() -> SchoolClass.count("teacher.username", username));
        assertEquals(0, classes);
    }

    @Test
    void gradeAndSectionAreUniqueAmongOpenClassesOnly() {
        Forms teacher = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        String section = TestSchools.fresh("Q");
        long first = create(teacher, "9", section, "en");
        teacher.open("/classes/new");
        teacher.post("/classes", "grade", "9", "section", section.toLowerCase(), "language", "en")
                .then()
                .statusCode(400)
                .body(containsString("already has an open class"));
        teacher.open("/classes/" + first);
        assertEquals(303, teacher.post("/classes/" + first + "/archive").statusCode());
        teacher.open("/classes/" + first).then().body(containsString("This class is archived"));
        long second = create(teacher, "9", section, "en");
        assertTrue(second != first);
        teacher.open("/classes/" + first);
        teacher.post("/classes/" + first + "/restore")
                .then()
                .statusCode(409)
                .body(containsString("Another open class"));
    }

    @Test
    void teacherChangesAClassButNotAcrossThePicturesAndWordsLine() {
        String username = TestSchools.adult(Role.TEACHER, false);
        long withPupils = TestSchools.classOf(username, 4, "en", List.of("Asma B."));
        Forms teacher = Forms.signedIn(username);
        teacher.open("/classes/" + withPupils + "/edit").then().statusCode(200);
        teacher.post("/classes/" + withPupils + "/edit", "grade", "7", "section", "A", "language", "en")
                .then()
                .statusCode(400)
                .body(containsString("cannot move across that line"));
        String section = TestSchools.fresh("E");
        Response changed =
                teacher.post("/classes/" + withPupils + "/edit", "grade", "5", "section", section, "language", "ur");
        assertEquals(303, changed.statusCode());
        SchoolClass after = QuarkusTransaction.requiringNew().call(() -> SchoolClass.findById(withPupils));
        assertEquals(5, after.grade);
        assertEquals(section.toUpperCase(), after.section);
        assertEquals("ur", after.language);
    }

    @Test
    void anotherTeachersClassDoesNotExistForYou() {
        String owner = TestSchools.adult(Role.TEACHER, false);
        long id = TestSchools.classOf(owner, 3, "en", List.of("Sara K."));
        Forms other = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        other.open("/classes/" + id).then().statusCode(404);
        other.open("/classes/" + id + "/edit").then().statusCode(404);
        other.open("/teacher");
        other.post("/classes/" + id + "/archive").then().statusCode(404);
        other.post("/classes/" + id + "/edit", "grade", "3", "section", "Z", "language", "en")
                .then()
                .statusCode(404);
        other.open("/classes/abc").then().statusCode(404);
        other.open("/classes/99999999999").then().statusCode(404);
        other.open("/teacher").then().body(not(containsString("/classes/" + id + "\"")));
        assertEquals(
                false, QuarkusTransaction.requiringNew().call(() -> SchoolClass.<SchoolClass>findById(id).archived));
    }

    @Test
    void headTeacherSeesEveryClassOfTheSchoolButChangesNone() {
        String owner = TestSchools.adult(Role.TEACHER, false);
        long id = TestSchools.classOf(owner, 2, "ur", List.of("Hina J."));
        Forms head = Forms.signedIn("head");
        head.open("/school")
                .then()
                .statusCode(200)
                .body(containsString("/classes/" + id + "\""))
                .body(containsString("HZDEM4"));
        head.open("/classes/" + id).then().statusCode(200).body(not(containsString("/archive")));
        head.post("/classes/" + id + "/archive").then().statusCode(403);
        head.open("/classes/" + id + "/edit").then().statusCode(403);
        head.open("/classes/new").then().statusCode(403);

        Forms otherHead = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, true));
        otherHead.open("/classes/" + id).then().statusCode(404);
        otherHead.open("/school").then().statusCode(200).body(not(containsString("HZDEM4")));
    }

    @Test
    void demoTeacherStartPageListsTheDemoClass() {
        Forms teacher = Forms.signedIn("teacher");
        teacher.open("/teacher")
                .then()
                .statusCode(200)
                .body(containsString("Class 4-A"))
                .body(containsString("HZDEM4"))
                .body(containsString("/classes/new"));
        Forms.signedIn("ministry").open("/teacher").then().statusCode(403);
    }

    private static long create(Forms teacher, String grade, String section, String language) {
        teacher.open("/classes/new").then().statusCode(200);
        Response created = teacher.post("/classes", "grade", grade, "section", section, "language", language);
        assertEquals(303, created.statusCode(), created.asString());
        String location = created.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}

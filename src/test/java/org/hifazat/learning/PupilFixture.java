package org.hifazat.learning;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hifazat.Forms;
import org.hifazat.assignment.Assignment;
import org.hifazat.identity.ClassCodes;
import org.hifazat.identity.Pictures;
import org.hifazat.identity.ServerKeys;
import org.hifazat.school.DemoSchool;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;

/** A fresh class of the demo school with one pupil (pictures cat + kite) and a module assigned from yesterday. */
public record PupilFixture(String classCode, long classId, long pupilId) {

    public static PupilFixture withModule(int grade, String moduleId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SchoolClass demo =
                    SchoolClass.findByClassCode(DemoSchool.CLASS_CODE).orElseThrow();
            SchoolClass c = new SchoolClass();
            c.school = demo.school;
            c.teacher = demo.teacher;
            c.grade = grade;
            c.section = "T" + System.nanoTime() % 100000;
            c.classCode = ClassCodes.next();
            c.language = "en";
            c.createdAt = LocalDateTime.now();
            c.persist();
            Pupil p = new Pupil();
            p.schoolClass = c;
            p.displayName = "Test P.";
            p.signInKind = "picture";
            p.signInSecret = Arc.container()
                    .instance(ServerKeys.class)
                    .get()
                    .pupilSecretHash(c.id, Pictures.secretOf("cat", "kite"));
            p.createdAt = LocalDateTime.now();
            p.persist();
            if (moduleId != null) {
                Assignment a = new Assignment();
                a.schoolClass = c;
                a.moduleId = moduleId;
                a.startsOn = LocalDate.now().minusDays(1);
                a.endsOn = LocalDate.now().plusDays(14);
                a.createdAt = LocalDateTime.now();
                a.persist();
            }
            return new PupilFixture(c.classCode, c.id, p.id);
        });
    }

    /** A browser signed in as this pupil. */
    public Forms signIn() {
        Forms browser = new Forms();
        browser.open("/class/" + classCode + "/" + pupilId);
        int status = browser.post("/class/" + classCode + "/" + pupilId, "choice", "cat", "choice", "kite")
                .statusCode();
        if (status != 303) {
            throw new AssertionError("pupil sign-in failed: " + status);
        }
        return browser;
    }
}

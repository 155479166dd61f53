package org.hifazat.safeguarding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.Role;
import org.hifazat.learning.PupilFixture;

/** A fresh teacher with a grade 3 class of two pupils (pictures cat + kite), and pupils telling worries. */
record WorryFixture(String teacher, long classId, String classCode, long pupilId) {

    private static final Pattern REPORT_KEY = Pattern.compile("name=\"reportKey\" value=\"([^\"]+)\"");

    static WorryFixture create() {
        String teacher = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(teacher, 3, "en", List.of("Hina S.", "Omar F."));
        return new WorryFixture(
                teacher, classId, TestSchools.classCode(classId), TestSchools.pupilId(classId, "Hina S."));
    }

    Forms pupil() {
        return new PupilFixture(classCode, classId, pupilId).signIn();
    }

    /** Opens the form and returns the report key it carries. */
    static String openForm(Forms pupil) {
        Matcher m = REPORT_KEY.matcher(pupil.open("/pupil/tell").asString());
        if (!m.find()) {
            throw new AssertionError("no report key on the form");
        }
        return m.group(1);
    }

    /** The pupil tells a worry; returns the stored report's id. */
    long tell(String category, String words) {
        Forms pupil = pupil();
        String key = openForm(pupil);
        Response sent = pupil.post("/pupil/tell", "reportKey", key, "category", category, "words", words);
        if (sent.statusCode() != 303) {
            throw new AssertionError("telling failed: " + sent.statusCode());
        }
        return reportId(key);
    }

    static long reportId(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> WorryReport.findByKey(key).orElseThrow().id);
    }

    static long reports(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> WorryReport.count("schoolClass.id", classId));
    }

    static WorryReport load(long reportId) {
        return QuarkusTransaction.requiringNew().call(() -> WorryReport.<WorryReport>findById(reportId));
    }

    String reportPath(long reportId) {
        return "/classes/" + classId + "/worries/" + reportId;
    }
}

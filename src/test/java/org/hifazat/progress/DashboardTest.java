package org.hifazat.progress;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.identity.Role;
import org.hifazat.learning.LearningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's numbers against a class whose answers are known by hand (see {@link ClassFixture}). */
@QuarkusTest
class DashboardTest {

    private static final Pattern ROW = Pattern.compile("(?s)<tr>\\s*<th scope=\"row\">.*?</tr>");
    private static final Pattern NAME = Pattern.compile("<bdi>([^<]*)</bdi>");
    private static final Pattern CELL =
            Pattern.compile("<span class=\"t\">([^<]*)</span></td><td class=\"num score\">([^<]*)</td>");

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
    void theGridShowsEachPupilsStatusAndBestScore() {
        String page = dashboard(Forms.signedIn(fixture.teacher()));
        int steps = fixture.module().steps().size();
        assertEquals(
                List.of(
                        List.of("Amna A.", "Mastered", "100"),
                        List.of("Bilal B.", "Completed", "87"),
                        List.of("Chand C.", "In progress 2/" + steps, ""),
                        List.of("Dua D.", "Not started", ""),
                        List.of("Eman E.", "Completed", "87")),
                grid(page));
        // the state is told by a symbol and a word too, never by colour alone
        assertTrue(page.contains("class=\"cell st-mastered\"><span aria-hidden=\"true\">★</span>"));
        assertTrue(page.contains("class=\"cell st-not-started\"><span aria-hidden=\"true\">○</span>"));
    }

    @Test
    void missedQuestionsNeedsHelpConfidenceAndChartAgreeWithTheFixture() {
        String page = dashboard(Forms.signedIn(fixture.teacher()));
        String questions = section(page, "questions");
        // the gift question: Bilal twice and Eman once of the three who answered it; the fault question: Bilal once
        int gift = questions.indexOf("free coins if you keep it secret");
        int fault = questions.indexOf("it is your fault");
        assertTrue(gift > 0 && fault > gift, questions);
        assertTrue(questions.contains("2 of 3 pupils"), questions);
        assertTrue(questions.contains("Take the coins and say nothing. <span class=\"muted\">(3 times)"), questions);
        assertTrue(questions.contains("1 of 3 pupils"), questions);
        assertTrue(questions.contains("True <span class=\"muted\">(1 times)"), questions);

        String help = section(page, "needs-help");
        assertEquals(List.of("Bilal B.", "Dua D.", "Eman E."), names(help));
        assertTrue(help.contains("An important question wrong: A secret gift"), help);
        assertTrue(help.contains("Not started: A secret gift"), help);

        String modules = section(page, "modules");
        assertTrue(modules.contains("4 of 5</td>"), "started: " + modules);
        assertTrue(modules.contains("3 of 5</td>"), "completed: " + modules);
        assertTrue(modules.contains("1 of 5</td>"), "mastered: " + modules);
        // (100 + 87 + 87) / 3 = 91.3; confidence before (2 + 2 + 1 + 3) / 4 = 2.0 from 2 pupils, after 4.0 from 1
        assertTrue(modules.contains("91 %"), modules);
        assertTrue(modules.contains("2.0 → 4.0"), modules);
        assertTrue(modules.contains("2 before, 1 after"), modules);

        String chart = section(page, "chart");
        assertTrue(chart.contains("<svg"), chart);
        assertTrue(chart.contains("<polyline class=\"line-completed\""), chart);
        String today = LocalDate.now().toString();
        assertTrue(chart.contains(today + "</td><td class=\"num\">3 of 5</td><td class=\"num\">1 of 5</td>"), chart);
        assertTrue(chart.contains(LocalDate.now().minusDays(1) + "</td>"), chart);
        assertTrue(!page.contains("<script"), "the dashboard needs no script");
    }

    @Test
    void aPupilsHistoryShowsTheirAttemptsAndWrongQuestions() {
        Forms teacher = Forms.signedIn(fixture.teacher());
        String history = teacher.open(
                        "/classes/" + fixture.classId() + "/pupils/" + fixture.pupil("Bilal B.") + "/history")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(history.contains("History of Bilal B."), history);
        assertTrue(history.contains("87 %"), history);
        assertTrue(history.contains("75 %"), history);
        assertTrue(history.contains("free coins if you keep it secret"), history);
        assertTrue(history.contains("it is your fault"), history);
        teacher.open("/classes/" + fixture.classId() + "/pupils/" + fixture.pupil("Amna A.") + "/history")
                .then()
                .statusCode(200)
                .body(containsString("2.0 → 4.0"))
                .body(containsString("Mastered"));
    }

    @Test
    void otherTeachersAndOtherSchoolsSeeNothingAndTheHeadTeacherSeesTheClass() {
        long classId = fixture.classId();
        long bilal = fixture.pupil("Bilal B.");
        String otherTeacher = TestSchools.adult(Role.TEACHER, false);
        long otherClass = TestSchools.classOf(otherTeacher, 4, "en", List.of("Zara Z."));
        Forms other = Forms.signedIn(otherTeacher);
        other.open("/classes/" + classId + "/dashboard").then().statusCode(404);
        other.open("/classes/" + classId + "/pupils/" + bilal + "/history")
                .then()
                .statusCode(404);
        // a pupil of another class, asked for under the teacher's own class
        other.open("/classes/" + otherClass + "/pupils/" + bilal + "/history")
                .then()
                .statusCode(404);
        other.open("/classes/" + otherClass + "/pupils/x1/history").then().statusCode(404);
        other.open("/classes/" + otherClass + "/dashboard")
                .then()
                .statusCode(200)
                .body(containsString("No module has opened"))
                .body(not(containsString("Bilal")));

        Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, true))
                .open("/classes/" + classId + "/dashboard")
                .then()
                .statusCode(404);
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        assertEquals(5, grid(dashboard(head)).size());
        head.open("/classes/" + classId + "/pupils/" + bilal + "/history")
                .then()
                .statusCode(200);
        head.open("/classes/" + classId).then().body(containsString("/classes/" + classId + "/dashboard"));
    }

    @Test
    void theDashboardIsInUrduToo() {
        Forms teacher = Forms.signedIn(fixture.teacher());
        teacher.open("/language/ur?next=/");
        String page = dashboard(teacher);
        assertTrue(page.contains("dir=\"rtl\""));
        assertTrue(page.contains("مہارت حاصل"), "mastered in Urdu");
        assertTrue(page.contains("ایک خفیہ تحفہ"), "the module's Urdu title");
    }

    private String dashboard(Forms forms) {
        return forms.open("/classes/" + fixture.classId() + "/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The grid as read from the page: name, then status words and score of each module. */
    static List<List<String>> grid(String page) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page.substring(page.indexOf("id=\"grid\"")));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher name = NAME.matcher(row.group());
            assertTrue(name.find());
            cells.add(unescape(name.group(1)));
            Matcher cell = CELL.matcher(row.group());
            while (cell.find()) {
                cells.add(unescape(cell.group(1)));
                cells.add(unescape(cell.group(2)));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start > 0, "no section " + id);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static List<String> names(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(html);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}

package org.hifazat.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.audit.AuditEvent;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.ScopeType;
import org.hifazat.learning.Learner;
import org.hifazat.learning.LearningService;
import org.hifazat.learning.ModuleProgress;
import org.hifazat.school.Pupil;
import org.hifazat.school.School;
import org.hifazat.web.Language;
import org.junit.jupiter.api.Test;

/**
 * A date range counts what pupils did on its days, from the pre-counted days, the same on the page, in every export
 * and through the API; bad ranges are refused whole. The fixture, by day d (30 days ago is d0) for secret-gift-b,
 * range d10 to d19:
 *
 * <pre>
 * A, grade 4, 20 pupils  6 started d5 (still going)                      started  in range: 5 + 4 = 9
 *                        5 started d10 00:00, completed d19 23:59:59.9   completed in range: 5 + 5 = 10
 *                        5 started d8, completed and mastered d12        mastered  in range: 5
 *                        4 started d19, completed and mastered d20 00:00
 *    archived class, 5 pupils started d12: never counted
 * B, grade 5,  8 pupils  5 started d9 23:59:59.9 (still going)           started 3, completed 3
 *                        3 started and completed d15
 * </pre>
 */
@QuarkusTest
class ReportRangeTest {

    /** Teachers are counted as they are now, like enrolled pupils; this fixture's schools have none. */
    private static final List<String> HEADINGS = ReportExportTest.AREA_HEADINGS;

    @Inject
    CompletionReports reports;

    @Inject
    Scopes scopes;

    @Inject
    CompletionCounts counts;

    @Inject
    LearningService learning;

    @Inject
    CurriculumService curriculum;

    record World(String district, String a, String b, LocalDate d0) {
        String day(int n) {
            return d0.plusDays(n).toString();
        }

        String range() {
            return "&from=" + day(10) + "&to=" + day(19);
        }
    }

    private static World world;

    static synchronized World world() {
        if (world == null) {
            LocalDate d0 = LocalDate.now().minusDays(30);
            String province = ReportFixture.province("Rangeland");
            String district = ReportFixture.district(province, "Range district");
            String a = ReportFixture.school(district, "Range school A");
            String b = ReportFixture.school(district, "Range school B");
            List<Long> classA = ReportFixture.classWith(a, 4, 20, true);
            ReportFixture.progressAt(classA.subList(0, 6), at(d0, 5, 10, 0), null, null);
            ReportFixture.progressAt(
                    classA.subList(6, 11),
                    at(d0, 10, 0, 0),
                    d0.plusDays(19).atTime(LocalTime.of(23, 59, 59, 999_999_000)),
                    null);
            ReportFixture.progressAt(classA.subList(11, 16), at(d0, 8, 9, 0), at(d0, 12, 11, 0), at(d0, 12, 11, 0));
            ReportFixture.progressAt(classA.subList(16, 20), at(d0, 19, 8, 0), at(d0, 20, 0, 0), at(d0, 20, 0, 0));
            List<Long> archived = ReportFixture.classWith(a, 4, 5, true);
            ReportFixture.progressAt(archived, at(d0, 12, 10, 0), at(d0, 12, 10, 30), null);
            ReportFixture.archiveClassOf(archived.get(0));
            List<Long> classB = ReportFixture.classWith(b, 5, 8, true);
            ReportFixture.progressAt(
                    classB.subList(0, 5), d0.plusDays(9).atTime(LocalTime.of(23, 59, 59, 999_999_000)), null, null);
            ReportFixture.progressAt(classB.subList(5, 8), at(d0, 15, 10, 0), at(d0, 15, 10, 30), null);
            ReportWorld.counts().refresh(true).orElseThrow();
            world = new World(district, a, b, d0);
        }
        return world;
    }

    private static LocalDateTime at(LocalDate d0, int day, int hour, int minute) {
        return d0.plusDays(day).atTime(hour, minute);
    }

    /** The district table with the range d10 to d19, worked out by hand (see the class comment). */
    private static List<List<String>> expected(World w) {
        return List.of(
                HEADINGS,
                // B's 3 started and 3 completed are alone in their columns, so A's 9 and 10 are hidden with them
                List.of("Range school A", w.a(), "20", "*", "", "*", "", "5", "25", "0", "0", ""),
                List.of("Range school B", w.b(), "8", "<5", "", "<5", "", "0", "0", "0", "0", ""),
                List.of("Total", "district:" + w.district(), "28", "12", "43", "13", "46", "5", "18", "0", "0", ""));
    }

    private Forms official(World w) {
        return Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.district()));
    }

    @Test
    void withoutARangeTheTableIsAsBeforeAndWithOneItCountsTheRangesDays() {
        World w = world();
        Forms official = official(w);
        assertEquals(
                List.of(
                        HEADINGS,
                        List.of("Range school A", w.a(), "20", "20", "100", "*", "", "9", "45", "0", "0", ""),
                        List.of("Range school B", w.b(), "8", "8", "100", "<5", "", "0", "0", "0", "0", ""),
                        List.of(
                                "Total",
                                "district:" + w.district(),
                                "28",
                                "28",
                                "100",
                                "17",
                                "61",
                                "9",
                                "32",
                                "0",
                                "0",
                                "")),
                ReportExportTest.screen(official.open("/ministry/dashboard").asString()));

        String page = official.open("/ministry/dashboard?scope=district:" + w.district() + w.range())
                .asString();
        assertEquals(expected(w), ReportExportTest.screen(page));
        assertTrue(
                page.contains("<bdi>" + w.day(10) + " to " + w.day(19) + "</bdi></h1>"), "the heading says the days");
        assertTrue(page.contains("from " + w.day(10) + " to " + w.day(19) + " (both days included"));
        assertTrue(page.contains("name=\"from\" value=\"" + w.day(10) + "\""), "the form keeps the range");
        assertTrue(
                page.contains("href=\"/ministry/dashboard?scope=school%3A" + w.a() + "&amp;from=" + w.day(10)
                        + "&amp;to=" + w.day(19) + "\""),
                "a drill-down keeps the range");

        official.open("/language/ur?next=/ministry/dashboard");
        String urduPage = official.open("/ministry/dashboard" + w.range().replaceFirst("&", "?"))
                .asString();
        assertTrue(urduPage.contains(w.day(10) + " سے " + w.day(19) + " تک"), "the heading in Urdu");
    }

    @Test
    void theRangesBoundariesAreIncludedAndTheDaysAroundThemAreNot() {
        World w = world();
        // one school by grade: enrolled, started, % started, completed, % completed, mastered, % mastered
        assertEquals(List.of("20", "5", "25", "0", "0", "0", "0"), grade(w.a(), w.day(10), w.day(10)));
        assertEquals(List.of("20", "0", "0", "0", "0", "0", "0"), grade(w.a(), w.day(11), w.day(11)));
        assertEquals(List.of("20", "<5", "", "5", "25", "0", "0"), grade(w.a(), w.day(19), w.day(19)));
        assertEquals(List.of("20", "0", "0", "<5", "", "<5", ""), grade(w.a(), w.day(20), w.day(20)));
        assertEquals(List.of("20", "0", "0", "5", "25", "5", "25"), grade(w.a(), w.day(12), w.day(12)));
        assertEquals(List.of("8", "5", "63", "0", "0", "0", "0"), grade(w.b(), w.day(9), w.day(9)));
        assertEquals(List.of("8", "0", "0", "0", "0", "0", "0"), grade(w.b(), w.day(10), w.day(14)));
        // every day at once gives the figures without a range
        assertEquals(
                grade(w.a(), null, null), grade(w.a(), w.day(0), LocalDate.now().toString()));
        assertEquals(List.of("20", "20", "100", "14", "70", "9", "45"), grade(w.a(), null, null));
    }

    /** The total row of a school's table by grade, without name and code. */
    private List<String> grade(String emis, String from, String to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CompletionFilter filter = CompletionFilter.parse(
                    null,
                    null,
                    null,
                    "grade",
                    null,
                    null,
                    from,
                    to,
                    reports.modules().keySet());
            CompletionTable table = reports.table(scopes.resolve("school:" + emis), filter, Language.EN);
            assertEquals(1, table.rows().size());
            assertEquals(
                    table.rows().get(0).cells().subList(2, 9),
                    table.total().cells().subList(2, 9));
            return table.total().cells().subList(2, 9).stream()
                    .map(CompletionTable.Cell::text)
                    .toList();
        });
    }

    @Test
    void csvXlsxAndJsonEqualTheRangedScreenAndTheAuditSaysTheRange() throws IOException {
        World w = world();
        Forms official = official(w);
        String query = "?scope=district:" + w.district() + w.range() + "&sort=mastered&dir=desc";
        List<List<String>> screen = ReportExportTest.screen(
                official.open("/ministry/dashboard" + query).asString());
        assertEquals(expected(w).subList(1, 3), screen.subList(1, 3));

        Response csv = official.open(Dashboard.API + query + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").contains("-" + w.day(10) + "-to-" + w.day(19) + "-"));
        assertEquals(screen, ReportExportTest.unneutralised(ReportExportTest.csv(csv.asByteArray())));
        AuditEvent event = QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>find("action = ?1 order by id desc", CompletionApi.AUDIT_ACTION)
                        .firstResult());
        assertEquals(
                "format=csv; scope=district:" + w.district() + "; filters=from=" + w.day(10) + ", to=" + w.day(19)
                        + ", sort=mastered, dir=desc; rows=2",
                event.details);

        Response xlsx = official.open(Dashboard.API + query + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(screen, ReportExportTest.xlsx(xlsx.asByteArray()));

        Response json = official.open(Dashboard.API + query);
        assertEquals(200, json.statusCode());
        assertEquals(screen, ReportExportTest.json(json));
        assertEquals(w.day(10), json.jsonPath().getString("from"));
        assertEquals(w.day(19), json.jsonPath().getString("to"));
        Response all = official.open(Dashboard.API + "?scope=district:" + w.district());
        assertEquals(null, all.jsonPath().getString("from"));
    }

    @Test
    void everyBadRangeIsRefusedWithItsReasonAndNothingIsExported() {
        World w = world();
        Forms official = official(w);
        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        long before = exports();
        List<List<String>> cases = List.of(
                List.of("from=2024-02-30&to=2024-03-05", "The date \"2024-02-30\" is not understood"),
                List.of("from=yesterday&to=" + today, "The date \"yesterday\" is not understood"),
                List.of("from=" + w.day(19) + "&to=" + w.day(10), "ends before it begins"),
                List.of("from=2022-01-01&to=2024-01-01", "The range 2022-01-01 – 2024-01-01 is longer than two years"),
                List.of("from=2019-12-31&to=2020-01-05", "2019-12-31 is too early"),
                List.of("from=" + today + "&to=" + tomorrow, tomorrow + " is after today"),
                List.of("from=" + w.day(10), "Give both dates of the range"),
                List.of("to=" + w.day(10), "Give both dates of the range"));
        for (List<String> c : cases) {
            for (String format : List.of("csv", "xlsx", "json")) {
                official.open(Dashboard.API + "?format=" + format + "&" + c.get(0))
                        .then()
                        .statusCode(400)
                        .body("details.size()", equalTo(1))
                        .body("details[0]", containsString(c.get(1)));
            }
            Response page = official.open("/ministry/dashboard?" + c.get(0));
            assertEquals(400, page.statusCode(), c.get(0));
            assertTrue(page.asString().contains(c.get(1).replace("\"", "&quot;")), page.asString());
        }
        // every problem at once, with the other filters'
        official.open(Dashboard.API + "?format=csv&from=someday&to=" + tomorrow + "&grade=13")
                .then()
                .statusCode(400)
                .body("details.size()", equalTo(3))
                .body("details[0]", containsString("\"13\" does not exist"))
                .body("details[1]", containsString("\"someday\" is not understood"))
                .body("details[2]", containsString(tomorrow + " is after today"));
        assertEquals(before, exports(), "nothing audited for a refused export");

        official.open("/language/ur?next=/ministry/dashboard");
        Response urdu = official.open("/ministry/dashboard?from=" + w.day(19) + "&to=" + w.day(10));
        assertEquals(400, urdu.statusCode());
        assertTrue(urdu.asString().contains("شروع ہونے سے پہلے ختم ہو جاتی ہے"));
    }

    @Test
    void theDaysFollowProgressAndDeletionsAtTheNextRefresh() {
        String emis = ReportFixture.schoolOfItsOwn("Day school");
        List<Long> pupils = ReportFixture.classWith(emis, 4, 10, true);
        counts.refresh(false).orElseThrow();
        String today = LocalDate.now().toString();
        String yesterday = LocalDate.now().minusDays(1).toString();
        // six pupils open the module's first step today
        Module module = curriculum.module(ReportFixture.MODULE).orElseThrow();
        pupils.subList(0, 6).forEach(pupil -> QuarkusTransaction.requiringNew()
                .run(() -> learning.stepDone(Learner.pupil(pupil), module, 0)));
        assertEquals(List.of("10", "0", "0", "0", "0", "0", "0"), grade(emis, today, today), "not before a refresh");
        counts.refresh(false).orElseThrow();
        assertEquals(List.of("10", "6", "60", "0", "0", "0", "0"), grade(emis, today, today));
        assertEquals(List.of("10", "0", "0", "0", "0", "0", "0"), grade(emis, yesterday, yesterday));

        QuarkusTransaction.requiringNew().run(() -> {
            LocalDateTime now = LocalDateTime.now();
            for (long pupil : pupils.subList(0, 5)) {
                ModuleProgress p = ModuleProgress.find("pupilId", pupil).firstResult();
                p.completedAt = now;
                p.status = ModuleProgress.COMPLETED;
                p.updatedAt = now;
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Pupil.deleteById(pupils.get(5));
            counts.markDirty(School.findByEmisCode(emis).orElseThrow().id);
        });
        counts.refresh(false).orElseThrow();
        assertEquals(List.of("9", "5", "56", "5", "56", "0", "0"), grade(emis, today, today));
    }

    private static long exports() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", CompletionApi.AUDIT_ACTION));
    }
}

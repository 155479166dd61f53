package org.hifazat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.hifazat.Forms;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.School;
import org.hifazat.training.Certificate;
import org.junit.jupiter.api.Test;

/**
 * Teachers and teachers trained on the regional dashboard, from a hand-counted fixture of a province of its own:
 *
 * <pre>
 * district A  Alpha Primary   6 teachers + 1 head teacher, 5 of them certified; a deactivated certified teacher
 *             Bravo Closed    closed: 3 teachers, 2 certified (none counted)
 *             Charlie Small   2 teachers, 1 certified
 *             Delta Five      5 teachers, 2 certified
 * district B  Echo School     5 teachers, none certified
 * </pre>
 */
@QuarkusTest
class TeacherTrainingReportTest {

    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash("hifazat-demo", 4);
    private static final List<String> HEADINGS = ReportExportTest.AREA_HEADINGS;

    record World(String p, String a, String b, String alpha, String bravo, String charlie, String delta, String echo) {}

    private static World world;

    static synchronized World world() {
        if (world == null) {
            String p = ReportFixture.province("Trainland");
            String a = ReportFixture.district(p, "Training A");
            String b = ReportFixture.district(p, "Training B");
            String alpha = ReportFixture.school(a, "Alpha Primary");
            String bravo = ReportFixture.school(a, "Bravo Closed");
            String charlie = ReportFixture.school(a, "Charlie Small");
            String delta = ReportFixture.school(a, "Delta Five");
            String echo = ReportFixture.school(b, "Echo School");
            teachers(alpha, Role.TEACHER, 6, 4, true);
            teachers(alpha, Role.SCHOOL_ADMIN, 1, 1, true);
            teachers(alpha, Role.TEACHER, 1, 1, false);
            teachers(bravo, Role.TEACHER, 3, 2, true);
            teachers(charlie, Role.TEACHER, 2, 1, true);
            teachers(delta, Role.TEACHER, 5, 2, true);
            teachers(echo, Role.TEACHER, 5, 0, true);
            QuarkusTransaction.requiringNew()
                    .run(() -> School.findByEmisCode(bravo).orElseThrow().closedOn =
                            LocalDate.now().minusDays(30));
            world = new World(p, a, b, alpha, bravo, charlie, delta, echo);
        }
        return world;
    }

    /** {@code count} adults of the role at the school, the first {@code certified} of them with a certificate. */
    static void teachers(String emis, Role role, int count, int certified, boolean active) {
        QuarkusTransaction.requiringNew().run(() -> {
            School school = School.findByEmisCode(emis).orElseThrow();
            for (int i = 0; i < count; i++) {
                AdultAccount t = new AdultAccount();
                t.username = "tt" + ReportFixture.code().toLowerCase(Locale.ROOT);
                t.displayName = "Teacher " + t.username;
                t.passwordHash = PASSWORD_HASH;
                t.role = role;
                t.scopeType = ScopeType.SCHOOL;
                t.school = school;
                t.language = "en";
                t.active = active;
                t.createdAt = LocalDateTime.now();
                t.persist();
                if (i < certified) {
                    Certificate.issueTo(t);
                }
            }
        });
    }

    /** The district's table by hand: Charlie's and Delta's small counts hidden, Delta's 5 teachers with them. */
    private static List<List<String>> expectedDistrict(World w) {
        return List.of(
                HEADINGS,
                row("Alpha Primary", w.alpha(), "7", "5", "71"),
                row("Bravo Closed", w.bravo(), "0", "0", ""),
                row("Charlie Small", w.charlie(), "<5", "<5", ""),
                row("Delta Five", w.delta(), "*", "<5", ""),
                row("Total", "district:" + w.a(), "14", "8", "57"));
    }

    private static List<String> row(String name, String code, String teachers, String trained, String percent) {
        return List.of(name, code, "0", "0", "", "0", "", "0", "", teachers, trained, percent);
    }

    @Test
    void theDistrictTableCountsActiveTeachersOfOpenSchoolsAndHidesSmallCounts() {
        World w = world();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.a()));
        String page = official.open("/ministry/dashboard").asString();
        assertEquals(expectedDistrict(w), ReportExportTest.screen(page));
        assertTrue(page.contains("Teachers: active teacher and head teacher accounts of open schools"));
        assertFalse(page.contains("Teacher tt"), "never a teacher's name");
    }

    @Test
    void theProvinceTableSumsItsDistricts() {
        World w = world();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.PROVINCE, w.p()));
        List<List<String>> screen =
                ReportExportTest.screen(official.open("/ministry/dashboard").asString());
        assertEquals(
                List.of(
                        List.of("Training A", w.a(), "4", "0", "0", "", "0", "", "0", "", "14", "8", "57"),
                        List.of("Training B", w.b(), "1", "0", "0", "", "0", "", "0", "", "5", "0", "0"),
                        List.of("Total", "province:" + w.p(), "5", "0", "0", "", "0", "", "0", "", "19", "8", "42")),
                screen.subList(1, 4));
        assertEquals("Schools", screen.get(0).get(2));
        assertEquals(HEADINGS.subList(2, 12), screen.get(0).subList(3, 13));
    }

    @Test
    void csvXlsxAndJsonHoldTheTeachersColumnsExactlyAsTheScreen() throws IOException {
        World w = world();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.a()));
        String query = "?scope=district:" + w.a() + "&sort=trained&dir=desc";
        List<List<String>> screen = ReportExportTest.screen(
                official.open("/ministry/dashboard" + query).asString());
        // shown numbers first, highest first; hidden cells below every number, then by name
        assertEquals(
                List.of("Alpha Primary", "Bravo Closed", "Charlie Small", "Delta Five"),
                screen.subList(1, 5).stream().map(r -> r.get(0)).toList());
        assertEquals(HEADINGS, screen.get(0));

        Response csv = official.open(Dashboard.API + query + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertEquals(screen, ReportExportTest.unneutralised(ReportExportTest.csv(csv.asByteArray())));
        Response xlsx = official.open(Dashboard.API + query + "&format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(screen, ReportExportTest.xlsx(xlsx.asByteArray()));
        Response json = official.open(Dashboard.API + query + "&format=json");
        assertEquals(200, json.statusCode());
        assertEquals(screen, ReportExportTest.json(json));
        assertEquals(
                List.of("teachers", "trained", "trained_pct"),
                json.jsonPath().getList("columns.key").subList(9, 12));
        assertEquals(14, json.jsonPath().getInt("total.teachers"));
        assertEquals("<5", json.jsonPath().getString("rows.find { it.name == 'Charlie Small' }.teachers"));
    }

    @Test
    void rowsByModuleOrGradeAndASchoolsGradesHaveNoTeachersColumns() {
        World w = world();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.a()));
        for (String query : List.of("?by=module", "?by=grade", "?scope=school:" + w.alpha())) {
            String page = official.open("/ministry/dashboard" + query).asString();
            List<String> headings = ReportExportTest.screen(page).get(0);
            assertFalse(headings.contains("Teachers"), query + ": " + headings);
            assertFalse(page.contains("Teachers: active teacher"), query);
            List<String> keys = official.open(Dashboard.API + query + (query.contains("?") ? "&" : "?") + "format=json")
                    .jsonPath()
                    .getList("columns.key");
            assertFalse(keys.contains("teachers"), query + ": " + keys);
        }
        assertEquals(
                400,
                official.open("/ministry/dashboard?sort=teachers&dir=sideways").statusCode());
        assertEquals(200, official.open("/ministry/dashboard?sort=teachers").statusCode());
    }
}

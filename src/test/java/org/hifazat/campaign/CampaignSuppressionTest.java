package org.hifazat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.learning.ModuleProgress;
import org.hifazat.school.Province;
import org.junit.jupiter.api.Test;

/**
 * Small counts on campaign pages and on the regional dashboard's campaign section, from a hand-counted province of
 * its own:
 *
 * <pre>
 * district 1  school 1  grade 4, 10 pupils: 3 in progress, 2 completed, 2 mastered  (7 started, 4 completed, 2 mastered)
 *             school 2  grade 4,  8 pupils: 2 completed                           (2 started, 2 completed)
 *             school 3  grade 4,  6 pupils: 1 completed, 5 mastered               (6 started, 6 completed, 5 mastered)
 * district 2  school 4  grade 4,  3 pupils: 1 in progress
 * </pre>
 *
 * Campaigns: "district" over district 1, "province" over the province, "school" over school 4.
 */
@QuarkusTest
class CampaignSuppressionTest {

    static final LocalDate TODAY = LocalDate.now();
    private static final Pattern ROW =
            Pattern.compile("(?s)<tr>\\s*<th scope=\"row\"><bdi>([^<]*)</bdi></th>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td class=\"num\">([^<]*)</td>");
    private static World world;

    record World(
            String province,
            String d1,
            String d2,
            String s1,
            String s2,
            String s3,
            String s4,
            Campaign district,
            Campaign wide,
            Campaign school) {}

    static synchronized World world() {
        if (world != null) {
            return world;
        }
        String province = QuarkusTransaction.requiringNew().call(() -> {
            Province p = new Province();
            // short, so that district codes made from it stay unique within their 16 characters
            p.code = ("Z" + Long.toString(System.nanoTime() % 1_000_000, 36)).toUpperCase(Locale.ROOT);
            p.nameEn = "Campaignland " + p.code;
            p.nameUr = "مہم لینڈ " + p.code;
            p.persist();
            return p.code;
        });
        String d1 = CampaignFixture.district(province);
        String d2 = CampaignFixture.district(province);
        String s1 = CampaignFixture.school(d1);
        String s2 = CampaignFixture.school(d1);
        String s3 = CampaignFixture.school(d1);
        String s4 = CampaignFixture.school(d2);
        List<Long> p1 = CampaignFixture.pupils(CampaignFixture.classIn(s1, 4, false, 10));
        List<Long> p2 = CampaignFixture.pupils(CampaignFixture.classIn(s2, 4, false, 8));
        List<Long> p3 = CampaignFixture.pupils(CampaignFixture.classIn(s3, 4, false, 6));
        List<Long> p4 = CampaignFixture.pupils(CampaignFixture.classIn(s4, 4, false, 3));
        progress(p1.subList(0, 3), ModuleProgress.IN_PROGRESS);
        progress(p1.subList(3, 5), ModuleProgress.COMPLETED);
        progress(p1.subList(5, 7), ModuleProgress.MASTERED);
        progress(p2.subList(0, 2), ModuleProgress.COMPLETED);
        progress(p3.subList(0, 1), ModuleProgress.COMPLETED);
        progress(p3.subList(1, 6), ModuleProgress.MASTERED);
        progress(p4.subList(0, 1), ModuleProgress.IN_PROGRESS);
        Forms national = Forms.signedIn("ministry");
        // long windows, so that these campaigns come before other tests' on the dashboard
        Campaign district = create(national, "district:" + d1, "", 300);
        Campaign wide = create(national, "province:" + province, "", 299);
        Campaign school = create(national, "school", s4, 298);
        CampaignFixture.recount();
        world = new World(province, d1, d2, s1, s2, s3, s4, district, wide, school);
        return world;
    }

    private static void progress(List<Long> pupils, String status) {
        pupils.forEach(p -> CampaignFixture.progress(p, CampaignFixture.MODULE, status));
    }

    private static Campaign create(Forms official, String region, String emis, int days) {
        String name = TestSchools.fresh("Small cells " + region.replace(':', ' ') + " ");
        CampaignFanOutTest.create(official, CampaignFixture.form(name, region, emis, TODAY, TODAY.plusDays(days), 4))
                .then()
                .statusCode(303);
        return CampaignFixture.campaignNamed(name);
    }

    @Test
    void smallCountsAreHiddenWithAPartnerSoTheTotalCannotRevealThem() {
        World w = world();
        String page = Forms.signedIn("ministry")
                .open("/ministry/campaigns/" + w.district().id)
                .asString();
        // started 7, 2, 6: the 2 is hidden and the smallest other, 6, with it; mastered 2, 0, 5 likewise;
        // completed 4, 2, 6 has two hidden already
        assertEquals(List.of("1", "10", "7", "<5", "<5"), cells(page, w.s1()));
        assertEquals(List.of("1", "8", "<5", "<5", "0"), cells(page, w.s2()));
        assertEquals(List.of("1", "6", "*", "6", "*"), cells(page, w.s3()));
        assertTrue(page.contains("Started: 15 of 24 (62%)"), "the total is shown");
        assertTrue(page.contains("Completed: 12 of 24 (50%)"));
        assertTrue(page.contains("Mastered: 7 of 24 (29%)"));
        assertTrue(page.contains("&lt;5 means between 1 and 4"), "the marks are explained");

        // no bar for a hidden count: school 2 has only its (shown) mastered bar, school 3 only its completed bar
        assertEquals(List.of("y=\"8\" width=\"0\""), bars(page, w.s2()));
        assertEquals(List.of("y=\"4\" width=\"100\""), bars(page, w.s3()));
        assertEquals(List.of("y=\"0\" width=\"70\""), bars(page, w.s1()));
    }

    @Test
    void aSmallTotalHidesEveryCountItsPercentagesAndItsBars() {
        World w = world();
        String page = Forms.signedIn("ministry")
                .open("/ministry/campaigns/" + w.school().id)
                .asString();
        assertTrue(page.contains("Started: &lt;5 of &lt;5<"), page);
        assertTrue(page.contains("aria-label=\"Of &lt;5 pupils: &lt;5 started, 0 completed, 0 mastered\""));
        String chart = page.substring(page.indexOf("<svg class=\"chart\""), page.indexOf("</svg>"));
        assertEquals(3, count(chart, "<rect"), "only the three empty backgrounds: " + chart);
        assertFalse(page.contains("(33%)"), "no percentage of a hidden count");
        assertFalse(page.contains(">3<"), "the exact count never leaves the server");
    }

    @Test
    void theDashboardListsTheCampaignsOfTheAreaWithTheAreasFiguresOnly() {
        World w = world();
        Forms district = Forms.signedIn(CampaignFixture.adult(Role.MINISTRY, ScopeType.DISTRICT, w.d1()));
        String page = district.open("/ministry/dashboard").asString();
        String section = section(page);
        assertTrue(section.contains(w.district().name) && section.contains(w.wide().name), section);
        assertFalse(section.contains(w.school().name), "a campaign of another district is not listed");
        // the province campaign counts district 1's classes only: the same 24 pupils as the district's own
        assertEquals(2, count(section, "15 of 24 (62%)"), section);
        assertTrue(section.contains("href=\"/ministry/campaigns/" + w.district().id + "\""));
        assertFalse(
                section.contains("href=\"/ministry/campaigns/" + w.wide().id + "\""),
                "the province campaign's own page is not the district official's to open");
        assertEquals(404, district.open("/ministry/campaigns/" + w.wide().id).statusCode());
        assertEquals(
                403,
                district.open("/ministry/dashboard?scope=district:" + w.d2()).statusCode());
        assertEquals(
                404, district.open("/ministry/dashboard?scope=school:" + w.s4()).statusCode());

        // a school's dashboard: the province campaign with that school's figures, small ones hidden
        Forms province = Forms.signedIn(CampaignFixture.adult(Role.MINISTRY, ScopeType.PROVINCE, w.province()));
        String school = section(
                province.open("/ministry/dashboard?scope=school:" + w.s4()).asString());
        assertTrue(school.contains(w.wide().name) && school.contains(w.school().name), school);
        assertFalse(school.contains(w.district().name), school);
        assertTrue(school.contains("&lt;5 of &lt;5"), school);
        assertFalse(school.contains(">3<"), "the exact count never leaves the server");
        assertTrue(school.contains("href=\"/ministry/campaigns/" + w.wide().id + "\""), "within the province");
        // the province's own view counts all 27 pupils of both districts
        String whole = section(province.open("/ministry/dashboard").asString());
        assertTrue(whole.contains("16 of 27 (59%)"), whole);
    }

    /** The numeric cells of a part's row (classes, pupils, started, completed, mastered). */
    private static List<String> cells(String page, String emis) {
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            if (row.group(1).contains(emis)) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(2));
                while (cell.find()) {
                    cells.add(cell.group(1).replace("&lt;", "<"));
                }
                return cells;
            }
        }
        throw new AssertionError("no row for " + emis);
    }

    /** The bars drawn in a part's row, as "y=... width=...". */
    private static List<String> bars(String page, String emis) {
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            if (row.group(1).contains(emis)) {
                List<String> bars = new ArrayList<>();
                Matcher bar = Pattern.compile("<rect x=\"0\" (y=\"\\d+\" width=\"\\d+\")")
                        .matcher(row.group(2));
                while (bar.find()) {
                    bars.add(bar.group(1));
                }
                return bars;
            }
        }
        throw new AssertionError("no row for " + emis);
    }

    private static String section(String page) {
        int start = page.indexOf("id=\"area-campaigns\"");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

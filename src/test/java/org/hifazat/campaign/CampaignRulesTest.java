package org.hifazat.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.assignment.Assignment;
import org.hifazat.audit.AuditEvent;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.learning.ModuleProgress;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignRulesTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    CampaignProgress progress;

    @Inject
    CampaignTopUp topUp;

    @Test
    void officialsRunCampaignsOnlyWithinTheirOwnArea() {
        String mine = CampaignFixture.district("PB");
        String neighbour = CampaignFixture.district("PB");
        String neighbourSchool = CampaignFixture.school(neighbour);
        String mySchool = CampaignFixture.school(mine);
        Forms district = Forms.signedIn(CampaignFixture.adult(Role.MINISTRY, ScopeType.DISTRICT, mine));
        Forms province = Forms.signedIn(CampaignFixture.adult(Role.MINISTRY, ScopeType.PROVINCE, "PB"));
        String name = TestSchools.fresh("Out of scope ");

        for (String region : List.of("national", "province:PB", "district:" + neighbour, "school:" + neighbourSchool)) {
            String[] parts = region.split(":");
            List<String> form = region.startsWith("school:")
                    ? CampaignFixture.form(name, "school", parts[1], TODAY, TODAY.plusDays(3), 4)
                    : CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3), 4);
            CampaignFanOutTest.create(district, form).then().statusCode(403).body(containsString("outside your area"));
        }
        for (String region : List.of("national", "province:SD", "district:SD-BDN")) {
            CampaignFanOutTest.create(province, CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3), 4))
                    .then()
                    .statusCode(403);
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Campaign.count("name", name)));

        // within the area: fine; the district official's form only offers their own district
        district.open("/ministry/campaigns/new")
                .then()
                .body(containsString("district:" + mine))
                .body(not(containsString("province:PB")));
        String own = TestSchools.fresh("Own district ");
        CampaignFanOutTest.create(
                        district, CampaignFixture.form(own, "district:" + mine, "", TODAY, TODAY.plusDays(3), 4))
                .then()
                .statusCode(303);
        String ownSchool = TestSchools.fresh("Own school ");
        CampaignFanOutTest.create(
                        district, CampaignFixture.form(ownSchool, "school", mySchool, TODAY, TODAY.plusDays(3), 4))
                .then()
                .statusCode(303);

        // a campaign of a wider area is not there for the district official, by list or by address
        String wide = TestSchools.fresh("Province week ");
        CampaignFanOutTest.create(
                        province, CampaignFixture.form(wide, "district:" + neighbour, "", TODAY, TODAY.plusDays(3), 4))
                .then()
                .statusCode(303);
        long wideId = CampaignFixture.campaignNamed(wide).id;
        district.open("/ministry/campaigns").then().body(containsString(own)).body(not(containsString(wide)));
        assertEquals(404, district.open("/ministry/campaigns/" + wideId).statusCode());
        assertEquals(
                404,
                district.post("/ministry/campaigns/" + wideId + "/withdraw").statusCode());
        province.open("/ministry/campaigns").then().body(containsString(own)).body(containsString(wide));

        // teachers and head teachers have no campaigns pages
        assertEquals(403, Forms.signedIn("teacher").open("/ministry/campaigns").statusCode());
        assertEquals(403, Forms.signedIn("head").open("/ministry/campaigns/new").statusCode());
        assertEquals(200, Forms.signedIn("admin").open("/ministry/campaigns").statusCode());
    }

    @Test
    void badInputIsRefusedClearlyAndStartsNothing() {
        Forms ministry = Forms.signedIn("ministry");
        String name = TestSchools.fresh("Bad input ");
        String region = "district:" + CampaignFixture.district("IS");
        record Case(List<String> form, String message) {}
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(CampaignFixture.form(" ", region, "", TODAY, TODAY.plusDays(3), 4), "a name of 3 to 120"));
        cases.add(new Case(
                withField(
                        CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3), 4),
                        "module",
                        "no-such-module"),
                "choose a pupil module"));
        cases.add(new Case(
                withField(CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3), 4), "module", "calm-reply"),
                "choose a pupil module"));
        cases.add(new Case(
                CampaignFixture.form(name, "province:XX", "", TODAY, TODAY.plusDays(3), 4), "region is not known"));
        cases.add(new Case(
                CampaignFixture.form(name, "galaxy:far", "", TODAY, TODAY.plusDays(3), 4), "region is not known"));
        cases.add(
                new Case(CampaignFixture.form(name, "school", "", TODAY, TODAY.plusDays(3), 4), "region is not known"));
        cases.add(new Case(
                CampaignFixture.form(name, "school", "NO-SUCH-EMIS", TODAY, TODAY.plusDays(3), 4),
                "region is not known"));
        cases.add(new Case(
                CampaignFixture.form(name, region, "", TODAY.plusDays(3), TODAY, 4),
                "must not be before the first day"));
        cases.add(new Case(
                CampaignFixture.form(name, region, "", TODAY.minusDays(30), TODAY.plusDays(3), 4),
                "at most 7 days ago"));
        cases.add(new Case(
                CampaignFixture.form(name, region, "", TODAY.minusDays(5), TODAY.minusDays(1), 4),
                "not be in the past"));
        cases.add(new Case(
                CampaignFixture.form(
                        name, region, "", TODAY.plusYears(2), TODAY.plusYears(2).plusDays(3), 4),
                "within a year"));
        cases.add(new Case(CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(400), 4), "at most 366 days"));
        cases.add(new Case(CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3)), "at least one grade"));
        cases.add(new Case(CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3), 13), "at least one grade"));
        cases.add(
                new Case(CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3), 4, 7), "for grades 3 to 5"));
        cases.add(new Case(
                withField(CampaignFixture.form(name, region, "", TODAY, TODAY.plusDays(3), 4), "starts", "2027-02-30"),
                "as dates"));
        for (Case c : cases) {
            CampaignFanOutTest.create(ministry, c.form())
                    .then()
                    .statusCode(400)
                    .body(containsString(c.message()))
                    .body(not(containsString("Exception")));
        }
        // what was typed is kept
        CampaignFanOutTest.create(ministry, CampaignFixture.form(name, region, "", TODAY.plusDays(3), TODAY, 4))
                .then()
                .body(containsString("value=\"" + name + "\""))
                .body(containsString("value=\"4\" checked"));
        assertEquals(
                0L, (long) QuarkusTransaction.requiringNew().call(() -> Campaign.count("name like ?1", "Bad input%")));
    }

    @Test
    void withdrawingTakesTheModuleAwayAndKeepsProgressAndTheTeachersOwn() {
        String district = CampaignFixture.district("KP");
        String school = CampaignFixture.school(district);
        long reached = CampaignFixture.classIn(school, 3, false, 1);
        long own = CampaignFixture.classIn(school, 3, false, 1);
        long teachers = CampaignFixture.teacherAssignment(own, TODAY, TODAY.plusDays(5), false);
        CampaignFixture.progress(
                CampaignFixture.pupils(reached).get(0), CampaignFixture.MODULE, ModuleProgress.COMPLETED);
        Forms ministry = Forms.signedIn("ministry");
        String name = TestSchools.fresh("Withdrawn ");
        CampaignFanOutTest.create(
                        ministry, CampaignFixture.form(name, "district:" + district, "", TODAY, TODAY.plusDays(5), 3))
                .then()
                .statusCode(303);
        Campaign campaign = CampaignFixture.campaignNamed(name);
        assertEquals(Set.of(reached), CampaignFixture.assignedClasses(campaign.id));

        ministry.open("/ministry/campaigns/" + campaign.id)
                .then()
                .statusCode(200)
                .body(containsString("Withdraw campaign"));
        ministry.post("/ministry/campaigns/" + campaign.id + "/withdraw").then().statusCode(303);
        assertEquals(Set.of(), CampaignFixture.assignedClasses(campaign.id));
        assertTrue(!QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>findById(teachers)).withdrawn);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> ModuleProgress.count(
                        "moduleId = ?1 and status = ?2 and pupilId = ?3",
                        CampaignFixture.MODULE,
                        ModuleProgress.COMPLETED,
                        CampaignFixture.pupils(reached).get(0))));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.count("action = 'campaign-withdrawn' and targetId = ?1", campaign.id.toString())));
        ministry.open("/ministry/campaigns/" + campaign.id)
                .then()
                .body(containsString("Withdrawn"))
                .body(not(containsString("Withdraw campaign")));
        ministry.post("/ministry/campaigns/" + campaign.id + "/withdraw")
                .then()
                .statusCode(409)
                .body(containsString("already been withdrawn or ended"));
        // a withdrawn campaign reaches no new class
        long later = CampaignFixture.classIn(school, 3, false, 0);
        topUp.topUpAll();
        assertEquals(0, CampaignFixture.assignmentCount(later));
    }

    @Test
    void endingTodayClosesTheWindowOfARunningCampaignOnly() {
        String district = CampaignFixture.district("SD");
        String school = CampaignFixture.school(district);
        long reached = CampaignFixture.classIn(school, 5, false, 1);
        Forms ministry = Forms.signedIn("ministry");
        String running = TestSchools.fresh("Running ");
        CampaignFanOutTest.create(
                        ministry,
                        CampaignFixture.form(
                                running, "district:" + district, "", TODAY.minusDays(2), TODAY.plusDays(5), 5))
                .then()
                .statusCode(303);
        Campaign campaign = CampaignFixture.campaignNamed(running);
        ministry.post("/ministry/campaigns/" + campaign.id + "/end").then().statusCode(303);
        assertEquals(TODAY, CampaignFixture.campaignNamed(running).endsOn);
        Assignment given = QuarkusTransaction.requiringNew()
                .call(() ->
                        Assignment.<Assignment>find("campaignId", campaign.id).firstResult());
        assertEquals(TODAY, given.endsOn);
        assertTrue(!given.withdrawn);
        assertEquals(reached, (long) QuarkusTransaction.requiringNew()
                .call(() ->
                        Assignment.<Assignment>find("campaignId", campaign.id).firstResult().schoolClass.id));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("action = 'campaign-ended' and targetId = ?1", campaign.id.toString())));
        ministry.open("/ministry/campaigns/" + campaign.id).then().body(containsString("Ended early"));

        String planned = TestSchools.fresh("Planned ");
        CampaignFanOutTest.create(
                        ministry,
                        CampaignFixture.form(
                                planned, "district:" + district, "", TODAY.plusDays(3), TODAY.plusDays(5), 5))
                .then()
                .statusCode(303);
        long plannedId = CampaignFixture.campaignNamed(planned).id;
        ministry.post("/ministry/campaigns/" + plannedId + "/end")
                .then()
                .statusCode(409)
                .body(containsString("not started yet"));
    }

    @Test
    void progressCountsMatchAHandCountedFixture() {
        String district = CampaignFixture.district("JK");
        String first = CampaignFixture.school(district);
        String second = CampaignFixture.school(district);
        long a = CampaignFixture.classIn(first, 3, false, 4);
        long b = CampaignFixture.classIn(first, 4, false, 2);
        long c = CampaignFixture.classIn(second, 5, false, 3);
        long archived = CampaignFixture.classIn(second, 5, true, 1);
        List<Long> pa = CampaignFixture.pupils(a);
        List<Long> pb = CampaignFixture.pupils(b);
        List<Long> pc = CampaignFixture.pupils(c);
        String module = CampaignFixture.MODULE;
        CampaignFixture.progress(pa.get(0), module, ModuleProgress.IN_PROGRESS);
        CampaignFixture.progress(pa.get(1), module, ModuleProgress.COMPLETED);
        CampaignFixture.progress(pa.get(2), module, ModuleProgress.MASTERED);
        CampaignFixture.progress(pb.get(0), module, ModuleProgress.MASTERED);
        CampaignFixture.progress(pc.get(0), module, ModuleProgress.COMPLETED);
        CampaignFixture.progress(pc.get(2), "another-module", ModuleProgress.MASTERED);
        CampaignFixture.progress(CampaignFixture.pupils(archived).get(0), module, ModuleProgress.MASTERED);

        Forms ministry = Forms.signedIn("ministry");
        String name = TestSchools.fresh("Counted ");
        CampaignFanOutTest.create(
                        ministry,
                        CampaignFixture.form(name, "district:" + district, "", TODAY, TODAY.plusDays(5), 3, 4, 5))
                .then()
                .statusCode(303);
        Campaign campaign = CampaignFixture.campaignNamed(name);
        // the figures are pre-counted with the completion counts
        CampaignFixture.recount();
        CampaignProgress.Report report = QuarkusTransaction.requiringNew().call(() -> progress.of(campaign));
        // 3 classes, 9 pupils; started a0 a1 a2 b0 c0; completed a1 a2 b0 c0; mastered a2 b0
        assertEquals(new CampaignProgress.Row("", "", 3, 9, 5, 4, 2), report.total());
        assertEquals(2, report.parts().size());
        CampaignProgress.Row one = report.parts().get(0);
        CampaignProgress.Row two = report.parts().get(1);
        assertEquals("Campaign school " + first + " (" + first + ")", one.nameEn());
        assertEquals(
                List.of(2L, 6L, 4L, 3L, 2L),
                List.of(one.classes(), one.enrolled(), one.started(), one.completed(), one.mastered()));
        assertEquals(
                List.of(1L, 3L, 1L, 1L, 0L),
                List.of(two.classes(), two.enrolled(), two.started(), two.completed(), two.mastered()));
        assertEquals(55, report.total().startedPercent());
        assertEquals(22, report.total().masteredPercent());

        ministry.open("/ministry/campaigns/" + campaign.id)
                .then()
                .statusCode(200)
                .body(containsString("<dd id=\"classes-reached\">3</dd>"))
                .body(containsString("Started: 5 of 9 (55%)"))
                // 4 completed and 2 mastered are small counts: shown as <5 without a percentage or a bar
                .body(containsString("Completed: &lt;5 of 9<"))
                .body(containsString("Mastered: &lt;5 of 9<"))
                .body(not(containsString("(44%)")))
                .body(not(containsString("width=\"44\"")))
                .body(containsString("width=\"55\""))
                .body(containsString("<svg"))
                .body(containsString("School"));
        ministry.cookies().put("hz_lang", "ur");
        ministry.open("/ministry/campaigns/" + campaign.id)
                .then()
                .statusCode(200)
                .body(containsString("9 میں سے 5 (55%)"))
                .body(containsString("scale(-1 1)"));
        ministry.open("/ministry/campaigns").then().body(containsString(name));

        // a pupil who starts now is counted at the next count (every minute), never while a page is drawn
        CampaignFixture.progress(pc.get(1), module, ModuleProgress.IN_PROGRESS);
        assertEquals(
                5,
                QuarkusTransaction.requiringNew()
                        .call(() -> progress.of(campaign))
                        .total()
                        .started());
        CampaignFixture.recount();
        assertEquals(
                6,
                QuarkusTransaction.requiringNew()
                        .call(() -> progress.of(campaign))
                        .total()
                        .started());
    }

    private static List<String> withField(List<String> form, String field, String value) {
        List<String> changed = new ArrayList<>(form);
        changed.set(changed.indexOf(field) + 1, value);
        return changed;
    }
}

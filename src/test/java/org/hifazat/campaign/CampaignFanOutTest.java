package org.hifazat.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.assignment.Assignment;
import org.hifazat.audit.AuditEvent;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CampaignFanOutTest {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    CampaignTopUp topUp;

    @Inject
    CampaignService service;

    static Response create(Forms official, List<String> fields) {
        official.open("/ministry/campaigns/new");
        return official.post("/ministry/campaigns", fields.toArray(String[]::new));
    }

    @Test
    void aProvinceCampaignReachesExactlyTheOpenClassesOfItsGradesThere() {
        String d1 = CampaignFixture.district("GB");
        String d2 = CampaignFixture.district("GB");
        String elsewhere = CampaignFixture.district("JK");
        String s1 = CampaignFixture.school(d1);
        String s2 = CampaignFixture.school(d2);
        String s3 = CampaignFixture.school(elsewhere);
        long g3 = CampaignFixture.classIn(s1, 3, false, 2);
        long g4 = CampaignFixture.classIn(s1, 4, false, 1);
        long g5 = CampaignFixture.classIn(s1, 5, false, 1);
        long archived = CampaignFixture.classIn(s1, 4, true, 1);
        long otherDistrict = CampaignFixture.classIn(s2, 3, false, 1);
        long otherProvince = CampaignFixture.classIn(s3, 3, false, 1);

        String name = TestSchools.fresh("Safer Internet Day ");
        Response created = create(
                Forms.signedIn("ministry"),
                CampaignFixture.form(name, "province:GB", "", TODAY, TODAY.plusDays(6), 3, 4));
        assertEquals(303, created.statusCode());
        Campaign campaign = CampaignFixture.campaignNamed(name);
        assertTrue(created.header("Location").endsWith("/ministry/campaigns/" + campaign.id));

        Set<Long> assigned = CampaignFixture.assignedClasses(campaign.id);
        Set<Long> reached = CampaignFixture.reachedClasses(campaign.id);
        assertTrue(assigned.containsAll(List.of(g3, g4, otherDistrict)), assigned.toString());
        for (long untouched : List.of(g5, archived, otherProvince)) {
            assertTrue(!reached.contains(untouched), "reached " + untouched);
            assertEquals(0, CampaignFixture.assignmentCount(untouched));
        }
        // exactly the matching classes: the same set found through the entities, not through the fan-out SQL
        assertEquals(CampaignFixture.openClassesInProvince("GB", List.of(3, 4)), reached);
        assertTrue(reached.containsAll(assigned));
        Assignment one = QuarkusTransaction.requiringNew()
                .call(() -> Assignment.<Assignment>find("campaignId = ?1 and schoolClass.id = ?2", campaign.id, g3)
                        .firstResult());
        assertEquals(TODAY, one.startsOn);
        assertEquals(TODAY.plusDays(6), one.endsOn);
        assertEquals(CampaignFixture.MODULE, one.moduleId);

        AuditEvent audit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                        "action = 'campaign-created' and targetId = ?1", campaign.id.toString())
                .firstResult());
        assertTrue(audit.details.contains(name) && audit.details.contains("grades 3,4"), audit.details);
    }

    @Test
    void aClassThatAlreadyHasTheModuleGetsNoSecondAssignmentAndTopUpsAddNothing() {
        String district = CampaignFixture.district("SD");
        String school = CampaignFixture.school(district);
        long overlapping = CampaignFixture.classIn(school, 4, false, 1);
        long before = CampaignFixture.classIn(school, 4, false, 1);
        long withdrawn = CampaignFixture.classIn(school, 4, false, 1);
        CampaignFixture.teacherAssignment(overlapping, TODAY.minusDays(3), TODAY.plusDays(2), false);
        CampaignFixture.teacherAssignment(before, TODAY.minusDays(40), TODAY.minusDays(20), false);
        CampaignFixture.teacherAssignment(withdrawn, TODAY, TODAY.plusDays(9), true);

        String name = TestSchools.fresh("Awareness week ");
        assertEquals(
                303,
                create(
                                Forms.signedIn("ministry"),
                                CampaignFixture.form(
                                        name, "district:" + district, "", TODAY.plusDays(1), TODAY.plusDays(8), 4))
                        .statusCode());
        Campaign campaign = CampaignFixture.campaignNamed(name);
        assertEquals(Set.of(overlapping, before, withdrawn), CampaignFixture.reachedClasses(campaign.id));
        assertEquals(Set.of(before, withdrawn), CampaignFixture.assignedClasses(campaign.id));
        assertEquals(1, CampaignFixture.assignmentCount(overlapping));
        assertEquals(2, CampaignFixture.assignmentCount(before));

        // again and again: nothing new
        assertEquals(
                new CampaignService.Reach(0, 0),
                QuarkusTransaction.requiringNew().call(() -> service.topUp(campaign)));
        topUp.topUpAll();
        assertEquals(1, CampaignFixture.assignmentCount(overlapping));
        assertEquals(2, CampaignFixture.assignmentCount(before));
        assertEquals(2, CampaignFixture.assignmentCount(withdrawn));
        assertEquals(3, CampaignFixture.reachedClasses(campaign.id).size());
    }

    @Test
    void classesOpenedLaterInTheRegionJoinTheRunningCampaign() {
        String district = CampaignFixture.district("KP");
        String school = CampaignFixture.school(district);
        String teacherName = CampaignFixture.adult(Role.TEACHER, ScopeType.SCHOOL, school);
        String name = TestSchools.fresh("Late classes ");
        assertEquals(
                303,
                create(
                                Forms.signedIn("ministry"),
                                CampaignFixture.form(name, "school:" + school, "", TODAY, TODAY.plusDays(10), 3, 5))
                        .statusCode());
        Campaign campaign = CampaignFixture.campaignNamed(name);
        assertEquals(Set.of(), CampaignFixture.reachedClasses(campaign.id));

        // a teacher creates a grade 5 class: it has the campaign's module at once, and sees where it came from
        Forms teacher = Forms.signedIn(teacherName);
        teacher.open("/classes/new");
        Response made = teacher.post("/classes", "grade", "5", "section", "A", "language", "en");
        long created = Long.parseLong(made.header("Location").replaceAll(".*/classes/", ""));
        assertEquals(Set.of(created), CampaignFixture.assignedClasses(campaign.id));
        teacher.open("/classes/" + created)
                .then()
                .statusCode(200)
                .body(containsString("/classes/" + created + "/campaigns"))
                .body(containsString("From ministry campaigns"));
        teacher.open("/classes/" + created + "/campaigns")
                .then()
                .statusCode(200)
                .body(containsString(name))
                .body(containsString("Campaign school " + school));
        // another teacher's class: not found
        Forms stranger = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        assertEquals(404, stranger.open("/classes/" + created + "/campaigns").statusCode());

        // a grade 4 class does not match; a class written without the class pages is reached by the top-up
        teacher.open("/classes/new");
        Response grade4 = teacher.post("/classes", "grade", "4", "section", "B", "language", "en");
        long notMatching = Long.parseLong(grade4.header("Location").replaceAll(".*/classes/", ""));
        long written = CampaignFixture.classIn(school, 3, false, 0);
        assertEquals(Set.of(created), CampaignFixture.assignedClasses(campaign.id));
        assertTrue(topUp.topUpAll() >= 1);
        assertEquals(Set.of(created, written), CampaignFixture.assignedClasses(campaign.id));
        assertEquals(0, CampaignFixture.assignmentCount(notMatching));
        long topUps = QuarkusTransaction.requiringNew()
                .call(() ->
                        AuditEvent.count("action = 'campaign-topped-up' and targetId = ?1", campaign.id.toString()));
        assertEquals(1, topUps);
    }

    @Test
    void aNationalCampaignReachesEveryOpenClassOfItsGrades() {
        String school = CampaignFixture.school(CampaignFixture.district("BA"));
        long mine = CampaignFixture.classIn(school, 5, false, 1);
        String name = TestSchools.fresh("National day ");
        // planned far ahead, so no pupil of another test sees it; withdrawn at the end
        LocalDate starts = TODAY.plusDays(300);
        Forms ministry = Forms.signedIn("ministry");
        assertEquals(
                303,
                create(ministry, CampaignFixture.form(name, "national", "", starts, starts.plusDays(1), 5))
                        .statusCode());
        Campaign campaign = CampaignFixture.campaignNamed(name);
        Set<Long> reached = CampaignFixture.reachedClasses(campaign.id);
        assertTrue(reached.contains(mine));
        assertEquals(CampaignFixture.openClassesNationally(List.of(5)), reached);
        ministry.open("/ministry/campaigns/" + campaign.id)
                .then()
                .statusCode(200)
                .body(containsString("Planned"))
                .body(not(containsString("End today")));
        ministry.post("/ministry/campaigns/" + campaign.id + "/withdraw").then().statusCode(303);
        assertEquals(Set.of(), CampaignFixture.assignedClasses(campaign.id));
    }
}

package org.hifazat.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hifazat.Forms;
import org.hifazat.identity.ScopeType;
import org.junit.jupiter.api.Test;

/** Ministry scope: each account sees its own region and what lies inside, by URL, filter and API alike. */
@QuarkusTest
class ReportScopeTest {

    private static Response api(Forms who, String query) {
        return given().cookies(who.cookies()).redirects().follow(false).get(Dashboard.API + query);
    }

    @Test
    void aDistrictOfficialSeesOwnDistrictAndItsSchoolsOnly() {
        ReportWorld w = ReportWorld.get();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.d1()));

        Response own = official.open("/ministry/dashboard");
        assertEquals(200, own.statusCode());
        assertTrue(own.asString().contains("Alpha district"));
        assertTrue(own.asString().contains("Govt Girls Primary School Alpha"));
        assertEquals(
                200, official.open("/ministry/dashboard?scope=school:" + w.s1()).statusCode());
        assertEquals(
                200,
                official.open("/ministry/dashboard?scope=district:" + w.d1() + "&by=module")
                        .statusCode());

        // another district, the province above, the nation: refused by URL
        assertEquals(
                403,
                official.open("/ministry/dashboard?scope=district:" + w.d2()).statusCode());
        assertEquals(
                403,
                official.open("/ministry/dashboard?scope=province:" + w.p()).statusCode());
        assertEquals(403, official.open("/ministry/dashboard?scope=national").statusCode());
        assertEquals(
                403,
                official.open("/ministry/dashboard?scope=district:" + w.d3() + "&grade=4&by=grade")
                        .statusCode());
        // a school elsewhere answers as if it did not exist
        Response school = official.open("/ministry/dashboard?scope=school:" + w.s3());
        assertEquals(404, school.statusCode());
        assertTrue(!school.asString().contains("Beta school"));

        // and by API parameter, with a JSON error body and nothing of the other district
        api(official, "?scope=district:" + w.d2() + "&format=json")
                .then()
                .statusCode(403)
                .body("error", containsString("not for your account"))
                .body("details[0]", containsString("outside the region"))
                .body(not(containsString("Beta school")));
        api(official, "?scope=district:" + w.d2() + "&format=csv").then().statusCode(403);
        api(official, "?scope=school:" + w.s4() + "&format=xlsx").then().statusCode(404);
        // own scope when none is given, never more
        api(official, "?format=json")
                .then()
                .statusCode(200)
                .body("scope", org.hamcrest.Matchers.equalTo("district:" + w.d1()));
    }

    @Test
    void theDashboardOffersNoLinkOutsideTheScope() {
        ReportWorld w = ReportWorld.get();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.DISTRICT, w.d1()));
        String page =
                official.open("/ministry/dashboard?scope=school:" + w.s1()).asString();
        assertTrue(page.contains("href=\"/ministry/dashboard?scope=district%3A" + w.d1() + "\""), page);
        assertTrue(!page.contains("scope=province%3A"), "the province is named in the breadcrumbs, not linked");
        assertTrue(!page.contains("scope=national\""));
    }

    @Test
    void aProvinceOfficialSeesTheProvinceItsDistrictsAndSchools() {
        ReportWorld w = ReportWorld.get();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.PROVINCE, w.p()));
        Response page = official.open("/ministry/dashboard");
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("Alpha district") && page.asString().contains("Beta district"));
        assertEquals(
                200,
                official.open("/ministry/dashboard?scope=district:" + w.d2()).statusCode());
        assertEquals(
                200, official.open("/ministry/dashboard?scope=school:" + w.s3()).statusCode());
        assertEquals(
                403,
                official.open("/ministry/dashboard?scope=district:" + w.d3()).statusCode());
        assertEquals(
                403,
                official.open("/ministry/dashboard?scope=province:" + w.p2()).statusCode());
        assertEquals(
                404, official.open("/ministry/dashboard?scope=school:" + w.s4()).statusCode());
        api(official, "?scope=national&format=json").then().statusCode(403);
    }

    @Test
    void nationalOfficialsAndAdminsSeeEverything() {
        ReportWorld w = ReportWorld.get();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.NATIONAL, null));
        String page = official.open("/ministry/dashboard").asString();
        assertTrue(page.contains("Testland") && page.contains("Otherland") && page.contains("Punjab"));
        assertEquals(
                200,
                official.open("/ministry/dashboard?scope=district:" + w.d3()).statusCode());
        api(official, "?scope=national&format=json").then().statusCode(200).body("rows.code", hasItem(w.p()));
        Forms admin = Forms.signedIn("admin");
        assertEquals(
                200, admin.open("/ministry/dashboard?scope=school:" + w.s4()).statusCode());
    }

    @Test
    void teachersAndHeadTeachersHaveNoMinistryReports() {
        Forms teacher = Forms.signedIn("teacher");
        assertEquals(403, teacher.open("/ministry/dashboard").statusCode());
        api(teacher, "?format=json").then().statusCode(403);
        assertEquals(403, Forms.signedIn("head").open("/ministry/dashboard").statusCode());
        given().redirects().follow(false).get(Dashboard.API).then().statusCode(401);
    }

    @Test
    void unknownAndMalformedScopesAreClearErrors() {
        Forms official = Forms.signedIn("ministry");
        Response malformed = official.open("/ministry/dashboard?scope=planet:mars");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.asString().contains("is not understood"));
        assertEquals(400, official.open("/ministry/dashboard?scope=district:").statusCode());
        assertEquals(
                400,
                official.open("/ministry/dashboard?scope=district:%3Cscript%3E").statusCode());
        Response unknown = official.open("/ministry/dashboard?scope=district:ZZ-NOPE");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.asString().contains("ZZ-NOPE"));
        api(official, "?scope=province:ZZZZ").then().statusCode(404).body("details[0]", containsString("ZZZZ"));
        api(official, "?scope=everything").then().statusCode(400).body("details[0]", containsString("not understood"));
    }

    @Test
    void urduReadersGetTheProblemInUrdu() {
        Forms official = Forms.signedIn("ministry");
        official.open("/language/ur?next=/ministry");
        String page = official.open("/ministry/dashboard?scope=planet:mars").asString();
        assertTrue(page.contains("dir=\"rtl\"") && page.contains("سمجھ میں نہیں آیا"), page);
    }
}

package org.hifazat.school;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hifazat.Forms;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.junit.jupiter.api.Test;

/** The demo's province and district officials sign in and see only their own region. */
@QuarkusTest
class DemoOfficialsTest {

    @Inject
    DemoSchool demo;

    @Test
    void theProvinceOfficialSeesPunjabAndNothingElse() {
        Forms province = Forms.signedIn(DemoSchool.PROVINCE_OFFICIAL);
        province.open("/ministry/dashboard")
                .then()
                .statusCode(200)
                .body(containsString("Punjab"))
                .body(containsString("Lahore"))
                .body(not(containsString("Sindh")));
        assertEquals(
                200,
                province.open("/ministry/dashboard?scope=district:" + DemoSchool.DISTRICT_CODE)
                        .statusCode());
        assertEquals(
                200,
                province.open("/ministry/dashboard?scope=school:" + DemoSchool.EMIS_CODE)
                        .statusCode());
        assertEquals(403, province.open("/ministry/dashboard?scope=province:SD").statusCode());
        assertEquals(403, province.open("/ministry/dashboard?scope=national").statusCode());
    }

    @Test
    void theDistrictOfficialSeesLahoreAndNothingElse() {
        Forms district = Forms.signedIn(DemoSchool.DISTRICT_OFFICIAL);
        district.open("/ministry/dashboard")
                .then()
                .statusCode(200)
                .body(containsString("Lahore"))
                .body(containsString(DemoSchool.EMIS_CODE));
        assertEquals(
                200,
                district.open("/ministry/dashboard?scope=school:" + DemoSchool.EMIS_CODE)
                        .statusCode());
        assertEquals(
                403, district.open("/ministry/dashboard?scope=district:PB-ATK").statusCode());
        assertEquals(403, district.open("/ministry/dashboard?scope=province:PB").statusCode());
        assertEquals(403, district.open("/ministry/dashboard?scope=national").statusCode());
        assertEquals(
                403,
                district.open("/api/v1/reports/completion?scope=province:PB&format=json")
                        .statusCode());
    }

    @Test
    void theOfficialsAreBoundToTheDemoSchoolsRegionAndListedAtStartUp() {
        QuarkusTransaction.requiringNew().run(() -> {
            AdultAccount province =
                    AdultAccount.findByUsername(DemoSchool.PROVINCE_OFFICIAL).orElseThrow();
            assertEquals(Role.MINISTRY, province.role);
            assertEquals(ScopeType.PROVINCE, province.scopeType);
            assertEquals("PB", province.province.code);
            AdultAccount district =
                    AdultAccount.findByUsername(DemoSchool.DISTRICT_OFFICIAL).orElseThrow();
            assertEquals(ScopeType.DISTRICT, district.scopeType);
            assertEquals(DemoSchool.DISTRICT_CODE, district.district.code);
        });
        // a second start adds nobody twice
        demo.createIfMissing();
        assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.count("username", DemoSchool.DISTRICT_OFFICIAL)));
        String banner = demo.banner();
        assertTrue(banner.contains("province  - ministry official, Punjab only"), banner);
        assertTrue(banner.contains("district  - ministry official, Lahore district only"), banner);
    }
}

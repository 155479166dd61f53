package org.hifazat.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.audit.AuditEvent;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.DemoSchool;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffTest {

    static final Pattern ONE_TIME = Pattern.compile("<bdi>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</bdi>");
    static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([^\"]+)\"");

    @Test
    void addedTeacherSignsInOnceWithTheOneTimePasswordThenOnlyWithTheirOwn() {
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        String username = TestSchools.fresh("newt");
        head.open("/school/teachers").then().statusCode(200).body(containsString("Add a teacher"));
        Response added = head.post("/school/teachers", "name", "  Miss  Hina Rauf ", "username", " " + username + " ");
        added.then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("Miss Hina Rauf can now sign in"))
                .body(containsString("Waiting for first sign-in"));
        String oneTime = oneTimePassword(added);

        AdultAccount stored = account(username);
        assertEquals("Miss Hina Rauf", stored.displayName);
        assertEquals(Role.TEACHER, stored.role);
        assertEquals(ScopeType.SCHOOL, stored.scopeType);
        assertTrue(stored.mustChangePassword);
        assertFalse(stored.passwordHash.contains(oneTime));
        assertEquals(1, audits("teacher-added", stored.id));
        // shown once: the list never shows it again
        head.open("/school/teachers").then().body(not(containsString(oneTime)));

        // the one-time password opens the "choose your password" form, not a session
        Forms teacher = new Forms();
        teacher.open("/sign-in");
        Response first = teacher.post("/sign-in", "username", username, "password", oneTime);
        first.then().statusCode(200).body(containsString("Choose your own password"));
        assertFalse(teacher.cookies().containsKey("hz_session"));
        assertEquals(302, teacher.open("/teacher").statusCode());
        String ticket = ticket(first);

        teacher.post(
                        "/sign-in/new-password",
                        "ticket",
                        ticket,
                        "password",
                        "a-long-secret-1",
                        "repeat",
                        "other-secret-1")
                .then()
                .statusCode(400)
                .body(containsString("not the same"));
        teacher.post("/sign-in/new-password", "ticket", ticket, "password", "short", "repeat", "short")
                .then()
                .statusCode(400)
                .body(containsString("10 to 200 characters"));
        teacher.post("/sign-in/new-password", "ticket", ticket, "password", oneTime, "repeat", oneTime)
                .then()
                .statusCode(400)
                .body(containsString("not the one-time password"));
        teacher.post("/sign-in/new-password", "ticket", ticket, "password", username, "repeat", username)
                .then()
                .statusCode(400)
                .body(containsString("must not be your username"));
        assertTrue(account(username).mustChangePassword);

        Response chosen = teacher.post(
                "/sign-in/new-password",
                "ticket",
                ticket,
                "password",
                "kite-mango-river-9",
                "repeat",
                "kite-mango-river-9");
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").endsWith("/teacher"));
        teacher.open("/teacher").then().statusCode(200).body(containsString("Miss Hina Rauf"));
        assertFalse(account(username).mustChangePassword);
        assertEquals(1, audits("password-changed", stored.id));

        // the ticket is spent once the password has changed
        Forms replay = new Forms();
        replay.open("/sign-in");
        replay.post(
                        "/sign-in/new-password",
                        "ticket",
                        ticket,
                        "password",
                        "another-pass-123",
                        "repeat",
                        "another-pass-123")
                .then()
                .statusCode(400)
                .body(containsString("no longer valid"));

        assertEquals(401, signIn(new Forms(), username, oneTime).statusCode());
        assertEquals(303, signIn(new Forms(), username, "kite-mango-river-9").statusCode());
    }

    @Test
    void resetGivesANewOneTimePasswordAndEndsTheTeachersSessions() {
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        String username = TestSchools.adult(Role.TEACHER, false);
        Forms teacher = Forms.signedIn(username);
        teacher.open("/teacher").then().statusCode(200);
        long id = account(username).id;

        head.open("/school/teachers").then().body(containsString(username));
        Response reset = head.post("/school/teachers/" + id + "/reset");
        reset.then().statusCode(200).body(containsString("New one-time password for"));
        String oneTime = oneTimePassword(reset);
        assertEquals(1, audits("teacher-password-reset", id));

        // the open session ends, the old password no longer works
        assertEquals(302, teacher.open("/teacher").statusCode());
        assertEquals(401, signIn(new Forms(), username, "hifazat-demo").statusCode());
        Response first = signIn(new Forms(), username, oneTime);
        first.then().statusCode(200).body(containsString("Choose your own password"));
    }

    @Test
    void resetUnlocksALockedAccount() {
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        String username = TestSchools.adult(Role.TEACHER, false);
        for (int i = 0; i < 5; i++) {
            signIn(new Forms(), username, "wrong-password");
        }
        assertEquals(429, signIn(new Forms(), username, "hifazat-demo").statusCode());
        head.open("/school/teachers");
        String oneTime = oneTimePassword(head.post("/school/teachers/" + account(username).id + "/reset"));
        signIn(new Forms(), username, oneTime).then().statusCode(200).body(containsString("Choose your own password"));
    }

    @Test
    void deactivatedTeacherCannotSignInUntilReactivated() {
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        String username = TestSchools.adult(Role.TEACHER, false);
        Forms teacher = Forms.signedIn(username);
        long id = account(username).id;

        head.open("/school/teachers");
        assertEquals(303, head.post("/school/teachers/" + id + "/deactivate").statusCode());
        assertFalse(account(username).active);
        assertEquals(1, audits("teacher-deactivated", id));
        head.open("/school/teachers").then().body(containsString("Deactivated"));
        assertEquals(302, teacher.open("/teacher").statusCode());
        assertEquals(401, signIn(new Forms(), username, "hifazat-demo").statusCode());

        assertEquals(303, head.post("/school/teachers/" + id + "/reactivate").statusCode());
        assertEquals(1, audits("teacher-reactivated", id));
        assertEquals(303, signIn(new Forms(), username, "hifazat-demo").statusCode());
    }

    @Test
    void anotherSchoolsTeacherDoesNotExistForThisHeadTeacher() {
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        String elsewhere = TestSchools.adult(Role.TEACHER, true);
        long id = account(elsewhere).id;
        head.open("/school/teachers").then().statusCode(200).body(not(containsString(elsewhere)));
        assertEquals(404, head.post("/school/teachers/" + id + "/reset").statusCode());
        assertEquals(404, head.post("/school/teachers/" + id + "/deactivate").statusCode());
        assertEquals(404, head.post("/school/teachers/not-a-number/reset").statusCode());
        // a head teacher is not a teacher to reset either
        long otherHead = account(TestSchools.adult(Role.SCHOOL_ADMIN, false)).id;
        assertEquals(404, head.post("/school/teachers/" + otherHead + "/reset").statusCode());
        AdultAccount untouched = account(elsewhere);
        assertTrue(untouched.active);
        assertFalse(untouched.mustChangePassword);
    }

    @Test
    void badInputIsRefusedClearlyAndCreatesNothing() {
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        head.open("/school/teachers");
        String username = TestSchools.fresh("badt");
        head.post("/school/teachers", "name", " ", "username", username)
                .then()
                .statusCode(400)
                .body(containsString("enter the teacher&#39;s name"));
        head.post("/school/teachers", "name", "<script>x</script>", "username", username)
                .then()
                .statusCode(400)
                .body(not(containsString("<script>x")));
        head.post("/school/teachers", "name", "Mr Tariq", "username", "9lives")
                .then()
                .statusCode(400)
                .body(containsString("username of 3 to 40 characters"))
                .body(containsString("value=\"Mr Tariq\""));
        head.post("/school/teachers", "name", "Mr Tariq", "username", "has space")
                .then()
                .statusCode(400);
        head.post("/school/teachers", "name", "Mr Tariq", "username", "x".repeat(41))
                .then()
                .statusCode(400);
        head.post("/school/teachers", "name", "Mr Tariq", "username", "TEACHER")
                .then()
                .statusCode(409)
                .body(containsString("already taken"));
        assertNull(QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername(username).orElse(null)));
    }

    @Test
    void onlyHeadTeachersManageStaffAndTheirStartPageLeadsThere() {
        Forms teacher = Forms.signedIn(TestSchools.adult(Role.TEACHER, false));
        assertEquals(403, teacher.open("/school/teachers").statusCode());
        teacher.open("/teacher").then().body(not(containsString("/school/teachers")));
        Forms.signedIn("head").open("/school").then().statusCode(200).body(containsString("/school/teachers"));
        Forms.signedIn("head").open("/school/teachers").then().body(containsString(DemoSchool.EMIS_CODE));
        Forms ministry = Forms.signedIn("ministry");
        assertEquals(403, ministry.open("/school/teachers").statusCode());
    }

    @Test
    void urduPageIsTranslated() {
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        head.cookies().put("hz_lang", "ur");
        head.open("/school/teachers").then().statusCode(200).body(containsString("استاد شامل کریں"));
    }

    static Response signIn(Forms browser, String username, String password) {
        browser.open("/sign-in");
        return browser.post("/sign-in", "username", username, "password", password);
    }

    static String oneTimePassword(Response page) {
        Matcher m = ONE_TIME.matcher(page.asString());
        assertTrue(m.find(), "no one-time password on the page");
        return m.group(1);
    }

    static String ticket(Response page) {
        Matcher m = TICKET.matcher(page.asString());
        assertTrue(m.find(), "no ticket on the page");
        return m.group(1);
    }

    static AdultAccount account(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername(username).orElseThrow());
    }

    static long audits(String action, long adultId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.count("action = ?1 and targetId = ?2", action, Long.toString(adultId)));
    }
}

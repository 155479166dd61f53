package org.hifazat.staff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.TestSchools;
import org.hifazat.identity.Role;
import org.junit.jupiter.api.Test;

/** Where Keycloak holds the accounts, the head teacher sees the teachers and is told where accounts are managed. */
@QuarkusTest
@TestProfile(StaffKeycloakModeTest.AccountsElsewhere.class)
class StaffKeycloakModeTest {

    public static class AccountsElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hifazat.staff.built-in-accounts", "false");
        }
    }

    @Test
    void theFormGivesWayToANoteAndChangesAreRefused() {
        String teacher = TestSchools.adult(Role.TEACHER, false);
        Forms head = Forms.signedIn(TestSchools.adult(Role.SCHOOL_ADMIN, false));
        head.open("/school/teachers")
                .then()
                .statusCode(200)
                .body(containsString("Keycloak"))
                .body(containsString(teacher))
                .body(not(containsString("Add a teacher")))
                .body(not(containsString("/reset")));
        long id = StaffTest.account(teacher).id;
        assertEquals(
                409,
                head.post("/school/teachers", "name", "Mr Tariq", "username", "tariq")
                        .statusCode());
        assertEquals(409, head.post("/school/teachers/" + id + "/deactivate").statusCode());
        assertTrue(StaffTest.account(teacher).active);
    }
}

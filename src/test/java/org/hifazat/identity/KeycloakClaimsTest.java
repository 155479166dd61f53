package org.hifazat.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Keycloak token's roles and scope claim become, without Keycloak. */
class KeycloakClaimsTest {

    private static KeycloakClaims.Claimed accepted(List<String> roles, String scope) {
        KeycloakClaims.Outcome outcome = KeycloakClaims.read(roles, scope);
        if (outcome instanceof KeycloakClaims.Outcome.Accepted accepted) {
            return accepted.claimed();
        }
        throw new AssertionError("refused: " + outcome);
    }

    private static KeycloakClaims.Refusal refused(List<String> roles, String scope) {
        KeycloakClaims.Outcome outcome = KeycloakClaims.read(roles, scope);
        if (outcome instanceof KeycloakClaims.Outcome.Refused refused) {
            return refused.refusal();
        }
        throw new AssertionError("accepted: " + outcome);
    }

    @Test
    void keycloakDefaultRolesAreIgnoredBesideTheHifazatRole() {
        KeycloakClaims.Claimed claimed =
                accepted(List.of("default-roles-hifazat", "offline_access", "teacher"), "school:DEMO-0001");
        assertEquals(Role.TEACHER, claimed.role());
        assertEquals(ScopeType.SCHOOL, claimed.scopeType());
        assertEquals("DEMO-0001", claimed.code());
        assertEquals("school:DEMO-0001", claimed.scopeText());
    }

    @Test
    void ministryScopesAreNationalProvinceOrDistrict() {
        assertEquals(
                ScopeType.NATIONAL, accepted(List.of("ministry"), "national").scopeType());
        assertEquals(
                ScopeType.PROVINCE, accepted(List.of("ministry"), "province:PB").scopeType());
        assertEquals(
                "PB-LHR", accepted(List.of("ministry"), " district:PB-LHR ").code());
        assertEquals(KeycloakClaims.Refusal.SCOPE_INVALID, refused(List.of("ministry"), "school:DEMO-0001"));
        assertEquals(KeycloakClaims.Refusal.SCOPE_MISSING, refused(List.of("ministry"), null));
    }

    @Test
    void adminIsNationalEvenWithoutTheClaim() {
        assertEquals(ScopeType.NATIONAL, accepted(List.of("admin"), null).scopeType());
        assertEquals(KeycloakClaims.Refusal.SCOPE_INVALID, refused(List.of("admin"), "district:PB-LHR"));
    }

    @Test
    void teachersNeedASchool() {
        assertEquals(KeycloakClaims.Refusal.SCOPE_MISSING, refused(List.of("school-admin"), ""));
        assertEquals(KeycloakClaims.Refusal.SCOPE_INVALID, refused(List.of("teacher"), "national"));
        assertEquals(KeycloakClaims.Refusal.SCOPE_INVALID, refused(List.of("teacher"), "school:"));
        assertEquals(KeycloakClaims.Refusal.SCOPE_INVALID, refused(List.of("teacher"), "school:A B"));
        assertEquals(KeycloakClaims.Refusal.SCOPE_INVALID, refused(List.of("teacher"), "campus:1"));
    }

    @Test
    void noneOrSeveralHifazatRolesAreRefused() {
        assertEquals(KeycloakClaims.Refusal.NO_ROLE, refused(List.of("librarian", "offline_access"), "national"));
        assertEquals(KeycloakClaims.Refusal.NO_ROLE, refused(null, "national"));
        assertEquals(
                KeycloakClaims.Refusal.SEVERAL_ROLES, refused(List.of("teacher", "school-admin"), "school:DEMO-0001"));
        // the same role twice is still one role
        assertEquals(Role.ADMIN, accepted(List.of("admin", "admin"), "national").role());
    }
}

package org.hifazat.identity;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test profile with Keycloak sign-in switched on, as in prod, against the Keycloak that .ci/keycloak.sh starts
 * (realm and demo users from deploy/keycloak). The database and demo school stay those of the test profile.
 */
public class KeycloakTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.enabled",
                "true",
                "quarkus.oidc.tenant-enabled",
                "true",
                "quarkus.oidc.auth-server-url",
                KeycloakTokens.realmUrl(),
                "quarkus.oidc.credentials.secret",
                KeycloakTokens.env("HIFAZAT_OIDC_SECRET", ""),
                "quarkus.http.auth.permission.keycloak-sign-in.paths",
                SignInMode.KEYCLOAK_SIGN_IN,
                "quarkus.http.auth.permission.keycloak-sign-in.policy",
                "authenticated");
    }
}

package org.hifazat.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** Whether adults sign in through Keycloak (the prod profile) or with built-in accounts (the standalone default). */
@ApplicationScoped
public class SignInMode {

    public static final String KEYCLOAK_SIGN_IN = "/sign-in/keycloak";
    public static final String KEYCLOAK_SIGN_OUT = "/sign-out/keycloak";

    private final boolean keycloak = flag("quarkus.oidc.enabled") && flag("quarkus.oidc.tenant-enabled");

    public boolean keycloak() {
        return keycloak;
    }

    private static boolean flag(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, Boolean.class).orElse(false);
    }
}

package org.hifazat.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** hifazat.staff.* in application.properties. */
@ConfigMapping(prefix = "hifazat.staff")
public interface StaffConfig {

    /** Head teachers create built-in accounts; false where Keycloak holds the accounts (production). */
    @WithDefault("true")
    boolean builtInAccounts();
}

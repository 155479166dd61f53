package org.hifazat.identity;

import java.util.Optional;

/** What an adult may do. The names are the role names used by @RolesAllowed and by Keycloak. */
public enum Role {
    TEACHER("teacher", "/teacher"),
    SCHOOL_ADMIN("school-admin", "/school"),
    MINISTRY("ministry", "/ministry"),
    ADMIN("admin", "/admin");

    public static final String PUPIL = "pupil";

    private final String roleName;
    private final String homePath;

    Role(String roleName, String homePath) {
        this.roleName = roleName;
        this.homePath = homePath;
    }

    public String roleName() {
        return roleName;
    }

    /** The landing page after sign-in. */
    public String homePath() {
        return homePath;
    }

    public static Optional<Role> fromRoleName(String name) {
        for (Role role : values()) {
            if (role.roleName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

package org.hifazat.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a Keycloak token says about an adult: the realm role (teacher, school-admin, ministry, admin) and the
 * {@code hifazat_scope} claim ({@code school:EMIS}, {@code district:CODE}, {@code province:CODE} or
 * {@code national}). Pure rules; whether the named school or region exists is checked by {@link KeycloakAccounts}.
 */
public final class KeycloakClaims {

    /** The claim a Keycloak protocol mapper fills from the user attribute of the same name. */
    public static final String SCOPE_CLAIM = "hifazat_scope";

    private static final Pattern SCOPE = Pattern.compile("(school|district|province):([A-Za-z0-9-]{1,40})");

    /** Why a token that Keycloak signed still cannot sign anyone in here; each has a message key. */
    public enum Refusal {
        NO_ROLE("keycloak_refused_no_role"),
        SEVERAL_ROLES("keycloak_refused_several_roles"),
        SCOPE_MISSING("keycloak_refused_scope_missing"),
        SCOPE_INVALID("keycloak_refused_scope_invalid"),
        SCOPE_UNKNOWN("keycloak_refused_scope_unknown"),
        ACCOUNT_TAKEN("keycloak_refused_account_taken"),
        ACCOUNT_INACTIVE("keycloak_refused_account_inactive");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The role and the scope a token claims: {@code code} is null for the national scope. */
    public record Claimed(Role role, ScopeType scopeType, String code) {

        /** As written in the claim and shown by the API: "school:DEMO-0001", "national". */
        public String scopeText() {
            return code == null ? "national" : scopeType.name().toLowerCase() + ":" + code;
        }
    }

    public sealed interface Outcome {
        record Accepted(Claimed claimed) implements Outcome {}

        record Refused(Refusal refusal, String detail) implements Outcome {}
    }

    private KeycloakClaims() {}

    /**
     * The one Hifazat role among the realm roles (roles Hifazat does not know, such as Keycloak's defaults, are
     * ignored) and the scope it needs: a school for teachers and head teachers; national, a province or a district
     * for ministry staff; national for admins (an absent claim means national for them only).
     */
    public static Outcome read(Collection<String> realmRoles, String scopeClaim) {
        List<Role> roles = realmRoles == null
                ? List.of()
                : realmRoles.stream()
                        .map(Role::fromRoleName)
                        .flatMap(Optional::stream)
                        .distinct()
                        .toList();
        if (roles.isEmpty()) {
            return new Outcome.Refused(Refusal.NO_ROLE, "realm roles: " + shown(realmRoles));
        }
        if (roles.size() > 1) {
            return new Outcome.Refused(
                    Refusal.SEVERAL_ROLES,
                    "roles: "
                            + String.join(
                                    ", ", roles.stream().map(Role::roleName).toList()));
        }
        Role role = roles.get(0);
        String scope = scopeClaim == null ? "" : scopeClaim.strip();
        if (scope.isEmpty()) {
            return role == Role.ADMIN
                    ? new Outcome.Accepted(new Claimed(role, ScopeType.NATIONAL, null))
                    : new Outcome.Refused(Refusal.SCOPE_MISSING, "role " + role.roleName() + " without " + SCOPE_CLAIM);
        }
        ScopeType type;
        String code = null;
        if (scope.equals("national")) {
            type = ScopeType.NATIONAL;
        } else {
            Matcher m = SCOPE.matcher(scope);
            if (!m.matches()) {
                return new Outcome.Refused(Refusal.SCOPE_INVALID, SCOPE_CLAIM + ": " + cut(scope));
            }
            type = ScopeType.valueOf(m.group(1).toUpperCase());
            code = m.group(2);
        }
        boolean fits =
                switch (role) {
                    case TEACHER, SCHOOL_ADMIN -> type == ScopeType.SCHOOL;
                    case MINISTRY -> type != ScopeType.SCHOOL;
                    case ADMIN -> type == ScopeType.NATIONAL;
                };
        if (!fits) {
            return new Outcome.Refused(
                    Refusal.SCOPE_INVALID, "role " + role.roleName() + " with " + SCOPE_CLAIM + " " + cut(scope));
        }
        return new Outcome.Accepted(new Claimed(role, type, code));
    }

    private static String shown(Collection<String> roles) {
        return roles == null || roles.isEmpty() ? "none" : cut(String.join(", ", roles));
    }

    private static String cut(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}

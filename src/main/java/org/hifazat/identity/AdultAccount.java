package org.hifazat.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;

/** A teacher, school admin, ministry official or system admin. */
@Entity
public class AdultAccount extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;
    public String displayName;
    /** bcrypt; null for accounts that sign in through Keycloak only. */
    public String passwordHash;
    /** The Keycloak subject this account is linked to on first sign-in. */
    public String oidcSubject;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Enumerated(EnumType.STRING)
    public ScopeType scopeType;

    @ManyToOne(fetch = FetchType.LAZY)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY)
    public District district;

    @ManyToOne(fetch = FetchType.LAZY)
    public Province province;

    public String language;
    public int failedSignIns;
    public LocalDateTime lockedUntil;
    public boolean active;
    /** Set for a one-time password (a teacher added or reset by the head teacher): no session until it is changed. */
    public boolean mustChangePassword;

    public LocalDateTime createdAt;

    public static Optional<AdultAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static Optional<AdultAccount> findByOidcSubject(String subject) {
        return find("oidcSubject", subject).firstResultOptional();
    }

    /** Where the account's authority reaches, as the API and Keycloak's scope claim write it. */
    public String scopeText() {
        return switch (scopeType) {
            case NATIONAL -> "national";
            case SCHOOL -> "school:" + (school == null ? "" : school.emisCode);
            case DISTRICT -> "district:" + (district == null ? "" : district.code);
            case PROVINCE -> "province:" + (province == null ? "" : province.code);
        };
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

package org.hifazat.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One uploaded registry file. Its rows are staged until an admin confirms or discards them. Known to the browser
 * only by a random token, never by its id.
 */
@Entity
public class RegistryImport extends PanacheEntityBase {

    public static final String STAGED = "staged";
    public static final String IMPORTED = "imported";
    public static final String DISCARDED = "discarded";
    public static final String EXPIRED = "expired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String token;
    public String fileName;
    /** staged, imported, discarded or expired. */
    public String status;

    public int rowCount;
    /** comma, semicolon or tab: what the file used between columns. */
    public String separatorName;

    public boolean hadBom;
    public String createdBy;
    public LocalDateTime createdAt;
    public String confirmedBy;
    public LocalDateTime confirmedAt;

    public static Optional<RegistryImport> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** Locks the import, so two clicks on "confirm" (on any instance) import it once. */
    public static Optional<RegistryImport> findByTokenForUpdate(String token) {
        return find("token", token).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<RegistryImport> listLatest(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }

    /** Staged previews nobody confirmed in time. */
    public static List<RegistryImport> listStagedBefore(LocalDateTime cutoff) {
        return list("status = ?1 and createdAt < ?2", STAGED, cutoff);
    }

    public boolean isStaged() {
        return STAGED.equals(status);
    }

    /** registry_status_staged, _imported, _discarded or _expired. */
    public String statusKey() {
        return "registry_status_" + status;
    }

    /** The message that says which separator the file used, e.g. registry_notice_semicolon. */
    public String separatorKey() {
        return "registry_notice_" + separatorName;
    }
}

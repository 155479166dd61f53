package org.hifazat.curriculum;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One content version of one module, as loaded by the server. Rows are never deleted: attempts point at them.
 * {@code currentVersion} marks the version served now; a module that failed or was removed has none.
 */
@Entity
public class ModuleVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String moduleId;
    public String version;
    public String audience;
    public String topic;
    public String band;
    public String titleEn;
    public String titleUr;
    public boolean currentVersion;
    public LocalDateTime firstLoadedAt;
    public LocalDateTime lastLoadedAt;

    public static Optional<ModuleVersion> findVersion(String moduleId, String version) {
        return find("moduleId = ?1 and version = ?2", moduleId, version).firstResultOptional();
    }

    /** Every version of a module, the newest first. */
    public static List<ModuleVersion> listHistory(String moduleId) {
        return list("moduleId = ?1 order by firstLoadedAt desc, id desc", moduleId);
    }

    public static List<ModuleVersion> listCurrent() {
        return list("currentVersion = true order by moduleId");
    }
}

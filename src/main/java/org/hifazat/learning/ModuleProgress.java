package org.hifazat.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One pupil's way through one module. No row means not started. */
@Entity
public class ModuleProgress extends PanacheEntityBase {

    public static final String IN_PROGRESS = "in_progress";
    public static final String COMPLETED = "completed";
    public static final String MASTERED = "mastered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long pupilId;
    public String moduleId;
    public String contentVersion;
    public String status;
    public int stepsDone;
    public int stepsTotal;
    public int attempts;
    public Integer bestScore;
    public boolean criticalWrong;
    public LocalDateTime startedAt;
    public LocalDateTime completedAt;
    public LocalDateTime masteredAt;
    public LocalDateTime updatedAt;

    public static Optional<ModuleProgress> findFor(long pupilId, String moduleId) {
        return find("pupilId = ?1 and moduleId = ?2", pupilId, moduleId).firstResultOptional();
    }

    public static List<ModuleProgress> listForPupil(long pupilId) {
        return list("pupilId", pupilId);
    }

    public boolean mastered() {
        return MASTERED.equals(status);
    }
}

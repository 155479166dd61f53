package org.hifazat.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One learner's way through one module (a pupil's or an adult's). No row means not started. */
@Entity
public class ModuleProgress extends PanacheEntityBase {

    public static final String IN_PROGRESS = "in_progress";
    public static final String COMPLETED = "completed";
    public static final String MASTERED = "mastered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long pupilId;
    public Long adultId;
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
        return findFor(Learner.pupil(pupilId), moduleId);
    }

    public static Optional<ModuleProgress> findFor(Learner learner, String moduleId) {
        return find(learner.column() + " = ?1 and moduleId = ?2", learner.id(), moduleId)
                .firstResultOptional();
    }

    public static List<ModuleProgress> listForPupil(long pupilId) {
        return listFor(Learner.pupil(pupilId));
    }

    public static List<ModuleProgress> listFor(Learner learner) {
        return list(learner.column(), learner.id());
    }

    public boolean mastered() {
        return MASTERED.equals(status);
    }
}

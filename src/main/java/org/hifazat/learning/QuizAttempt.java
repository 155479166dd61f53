package org.hifazat.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One go at a module's quiz, numbered 1, 2, ... per learner (pupil or adult) and module. */
@Entity
public class QuizAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long pupilId;
    public Long adultId;
    public String moduleId;
    public String contentVersion;
    public int attemptNumber;
    public LocalDateTime startedAt;
    public LocalDateTime finishedAt;
    public Integer score;
    public boolean mastered;
    public boolean criticalWrong;

    public static Optional<QuizAttempt> findNumber(Learner learner, String moduleId, int number) {
        return find(learner.column() + " = ?1 and moduleId = ?2 and attemptNumber = ?3", learner.id(), moduleId, number)
                .firstResultOptional();
    }

    public static List<QuizAttempt> listFor(long pupilId, String moduleId) {
        return listFor(Learner.pupil(pupilId), moduleId);
    }

    public static List<QuizAttempt> listFor(Learner learner, String moduleId) {
        return list(learner.column() + " = ?1 and moduleId = ?2 order by attemptNumber", learner.id(), moduleId);
    }

    public boolean belongsTo(Learner learner) {
        return learner.owns(pupilId, adultId);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}

package org.hifazat.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** One go at a module's quiz, numbered 1, 2, ... per pupil and module. */
@Entity
public class QuizAttempt extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long pupilId;
    public String moduleId;
    public String contentVersion;
    public int attemptNumber;
    public LocalDateTime startedAt;
    public LocalDateTime finishedAt;
    public Integer score;
    public boolean mastered;
    public boolean criticalWrong;

    public static Optional<QuizAttempt> findNumber(long pupilId, String moduleId, int number) {
        return find("pupilId = ?1 and moduleId = ?2 and attemptNumber = ?3", pupilId, moduleId, number)
                .firstResultOptional();
    }

    public static List<QuizAttempt> listFor(long pupilId, String moduleId) {
        return list("pupilId = ?1 and moduleId = ?2 order by attemptNumber", pupilId, moduleId);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}

package org.hifazat.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The answer to one question in one attempt, by ids (see {@link AnswerCodec}). */
@Entity
public class AttemptAnswer extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long attemptId;
    public String questionId;
    public String answer;
    public boolean correct;
    public boolean graded;
    public LocalDateTime answeredAt;

    public static Optional<AttemptAnswer> findFor(long attemptId, String questionId) {
        return find("attemptId = ?1 and questionId = ?2", attemptId, questionId).firstResultOptional();
    }

    public static List<AttemptAnswer> listFor(long attemptId) {
        return list("attemptId", attemptId);
    }
}

package org.hifazat.learning;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import java.util.List;

/** How sure a learner (pupil or adult) feels about one "I know how to ..." statement, 1-4, before (pre) or after (post). */
@Entity
public class ConfidenceAnswer extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long pupilId;
    public Long adultId;
    public String moduleId;
    public String itemId;
    public String phase;

    @Column(name = "level")
    public int level;

    public LocalDateTime answeredAt;

    public static List<ConfidenceAnswer> listFor(Learner learner, String moduleId, String phase) {
        return list(learner.column() + " = ?1 and moduleId = ?2 and phase = ?3", learner.id(), moduleId, phase);
    }
}

package org.hifazat.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A child in a class: a display name and a sign-in secret, nothing more. */
@Entity
public class Pupil extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    /** First name and initial, e.g. "Ayesha K." */
    public String displayName;
    /** picture or words. */
    public String signInKind;
    /** Keyed hash of the secret; the secret itself is never stored. */
    public String signInSecret;

    public int failedSignIns;
    public LocalDateTime lockedUntil;
    public LocalDateTime createdAt;

    public static List<Pupil> listInClass(SchoolClass schoolClass) {
        return list("schoolClass = ?1 order by displayName", schoolClass);
    }

    /** The pupil with this id if they are in this class; a pupil of another class is not found. */
    public static Optional<Pupil> findInClass(SchoolClass schoolClass, long pupilId) {
        return find("id = ?1 and schoolClass = ?2", pupilId, schoolClass).firstResultOptional();
    }

    public static long countInClass(SchoolClass schoolClass) {
        return count("schoolClass", schoolClass);
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

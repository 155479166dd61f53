package org.hifazat.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hifazat.identity.AdultAccount;

/** One grade and section of a school; "class" to a teacher. */
@Entity
public class SchoolClass extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY)
    public AdultAccount teacher;

    public int grade;
    public String section;
    public String classCode;
    /** The language sign-in cards and the pupil pages start in: en or ur. */
    public String language;

    public boolean archived;
    public LocalDateTime createdAt;

    public static Optional<SchoolClass> findByClassCode(String classCode) {
        return find("classCode", classCode).firstResultOptional();
    }

    public static List<SchoolClass> listTaughtBy(AdultAccount teacher) {
        return list("teacher = ?1 and archived = false order by grade, section", teacher);
    }

    /** Grades 1-5 sign in with pictures, grades 6-12 with two secret words. */
    public boolean usesPictures() {
        return grade <= 5;
    }
}

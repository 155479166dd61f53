package org.hifazat.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
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

    /** TRUE while open, NULL once archived: only open classes of a school must differ in grade and section. */
    Boolean openFlag;

    @PrePersist
    @PreUpdate
    void followArchived() {
        openFlag = archived ? null : Boolean.TRUE;
    }

    public static Optional<SchoolClass> findByClassCode(String classCode) {
        return find("classCode", classCode).firstResultOptional();
    }

    public static List<SchoolClass> listTaughtBy(AdultAccount teacher) {
        return list("teacher = ?1 and archived = false order by grade, section", teacher);
    }

    /** Every class the teacher teaches, open ones first. */
    public static List<SchoolClass> listOfTeacher(AdultAccount teacher) {
        return list("teacher = ?1 order by archived, grade, section", teacher);
    }

    /** Every class of the school, open ones first. */
    public static List<SchoolClass> listInSchool(School school) {
        return list("school = ?1 order by archived, grade, section", school);
    }

    /** An open class of this school with this grade and section (case ignored), other than the one given. */
    public static Optional<SchoolClass> findOpenSection(School school, int grade, String section, Long except) {
        return find(
                        "school = ?1 and grade = ?2 and lower(section) = lower(?3) and archived = false and id <> ?4",
                        school,
                        grade,
                        section,
                        except == null ? -1L : except)
                .firstResultOptional();
    }

    /** Grades 1-5 sign in with pictures, grades 6-12 with two secret words. */
    public boolean usesPictures() {
        return grade <= 5;
    }
}

package org.hifazat.safeguarding;

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
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;

/** A pupil's "tell a teacher" report (see package-info). Category, place and status hold their written names. */
@Entity
public class WorryReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    /** Null once the pupil has been deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pupil_id")
    public Pupil pupil;

    public String reportKey;
    public String category;
    public String place;
    public String details;
    public String status;
    public LocalDateTime createdAt;
    public LocalDateTime updatedAt;
    /** When the class teacher shared it with the head teacher, or null. */
    public LocalDateTime sharedAt;

    public static Optional<WorryReport> findByKey(String reportKey) {
        return find("reportKey", reportKey).firstResultOptional();
    }

    /** The report with this id if it belongs to this class. */
    public static Optional<WorryReport> findInClass(SchoolClass schoolClass, long id) {
        return find("id = ?1 and schoolClass = ?2", id, schoolClass).firstResultOptional();
    }

    /** The reports of these classes, new ones first, then the latest first; only shared ones when sharedOnly. */
    public static List<WorryReport> listInClasses(List<SchoolClass> classes, boolean sharedOnly, WorryStatus status) {
        if (classes.isEmpty()) {
            return List.of();
        }
        String query = "from WorryReport r join fetch r.schoolClass left join fetch r.pupil where r.schoolClass in ?1"
                + (sharedOnly ? " and r.sharedAt is not null" : "")
                + (status == null ? "" : " and r.status = ?2")
                + " order by case when r.status = 'new' then 0 else 1 end, r.createdAt desc, r.id desc";
        return status == null ? list(query, classes) : list(query, classes, status.written());
    }

    public WorryStatus statusValue() {
        return WorryStatus.ofWritten(status).orElse(WorryStatus.NEW);
    }

    public boolean shared() {
        return sharedAt != null;
    }
}

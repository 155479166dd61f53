package org.hifazat.assignment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.SchoolClass;

@Entity
public class Assignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    public String moduleId;
    public LocalDate startsOn;
    public LocalDate endsOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by")
    public AdultAccount assignedBy;

    public Long campaignId;
    public boolean withdrawn;
    public LocalDateTime createdAt;

    /** What the class's pupils see on a day: every assignment whose window holds the day and was not withdrawn. */
    public static List<Assignment> listOpenFor(Long classId, LocalDate day) {
        return list(
                "schoolClass.id = ?1 and withdrawn = false and startsOn <= ?2 and endsOn >= ?2"
                        + " order by startsOn desc, id desc",
                classId,
                day);
    }

    /** Every assignment of the class, withdrawn ones too, newest window first. */
    public static List<Assignment> listAllForClass(Long classId) {
        return list("schoolClass.id = ?1 order by startsOn desc, id desc", classId);
    }

    /** The assignment with this id if it belongs to this class; another class's assignment is not found. */
    public static java.util.Optional<Assignment> findInClass(Long classId, long assignmentId) {
        return find("id = ?1 and schoolClass.id = ?2", assignmentId, classId).firstResultOptional();
    }

    public static List<Assignment> listForClass(Long classId) {
        return list("schoolClass.id = ?1 and withdrawn = false order by startsOn desc, id desc", classId);
    }

    public boolean isOpenOn(LocalDate day) {
        return !withdrawn && !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }

    /** Made by a ministry campaign: its window is the campaign's, not the teacher's to change. */
    public boolean fromCampaign() {
        return campaignId != null;
    }
}

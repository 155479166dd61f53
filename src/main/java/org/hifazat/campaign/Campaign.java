package org.hifazat.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;

/** One module for every class of some grades in a region, for a window. */
@Entity
public class Campaign extends PanacheEntityBase {

    public static final String ACTIVE = "active";
    public static final String ENDED = "ended";
    public static final String WITHDRAWN = "withdrawn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;
    public String moduleId;
    /** "3,4,5". */
    public String grades;

    @Enumerated(EnumType.STRING)
    public ScopeType regionType;

    @ManyToOne(fetch = FetchType.LAZY)
    public Province province;

    @ManyToOne(fetch = FetchType.LAZY)
    public District district;

    @ManyToOne(fetch = FetchType.LAZY)
    public School school;

    public LocalDate startsOn;
    public LocalDate endsOn;
    public String status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AdultAccount createdBy;

    public LocalDateTime createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by")
    public AdultAccount closedBy;

    public LocalDateTime closedAt;

    public List<Integer> gradeList() {
        return Arrays.stream(grades.split(",")).map(Integer::valueOf).toList();
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** Still reaching new classes on this day: active and its window not over. */
    public boolean reachingOn(LocalDate day) {
        return active() && !endsOn.isBefore(day);
    }

    /** Every campaign that may still reach new classes on this day. */
    public static List<Campaign> listReaching(LocalDate day) {
        return list("status = ?1 and endsOn >= ?2", ACTIVE, day);
    }

    /**
     * Campaigns under way or ended since {@code endedSince} (not withdrawn, not planned) whose region overlaps an
     * area (given by its level and the ids of its province, district and school, as far as they apply): the area's
     * own and wider campaigns, and those of the places inside it. Latest end first.
     */
    public static List<Campaign> listOverlapping(
            ScopeType level,
            Long provinceId,
            Long districtId,
            Long schoolId,
            LocalDate today,
            LocalDate endedSince,
            int limit) {
        String overlap =
                switch (level) {
                    case NATIONAL -> "";
                    case PROVINCE ->
                        " and (c.regionType = :national or c.province.id = :province or cd.province.id = :province"
                                + " or csd.province.id = :province)";
                    case DISTRICT ->
                        " and (c.regionType = :national or c.province.id = :province or cd.id = :district"
                                + " or csd.id = :district)";
                    case SCHOOL ->
                        " and (c.regionType = :national or c.province.id = :province or cd.id = :district"
                                + " or cs.id = :school)";
                };
        var query = getEntityManager()
                .createQuery(
                        "select c from Campaign c left join c.district cd left join c.school cs"
                                + " left join cs.district csd where c.status <> :withdrawn and c.startsOn <= :today"
                                + " and c.endsOn >= :since" + overlap + " order by c.endsOn desc, c.id desc",
                        Campaign.class)
                .setParameter("withdrawn", WITHDRAWN)
                .setParameter("today", today)
                .setParameter("since", endedSince)
                .setMaxResults(limit);
        if (level != ScopeType.NATIONAL) {
            query.setParameter("national", ScopeType.NATIONAL).setParameter("province", provinceId);
        }
        if (level == ScopeType.DISTRICT || level == ScopeType.SCHOOL) {
            query.setParameter("district", districtId);
        }
        if (level == ScopeType.SCHOOL) {
            query.setParameter("school", schoolId);
        }
        return query.getResultList();
    }

    /** Newest first, with the region's rows loaded for the list page. */
    public static List<Campaign> listNewestFirst() {
        return list("select c from Campaign c left join fetch c.province left join fetch c.district"
                + " left join fetch c.school order by c.startsOn desc, c.id desc");
    }
}

package org.hifazat.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Teachers trained per school, for dashboards that read and never write (the ministry's): the number of teacher
 * track certificates issued at each school, and teachers with and without one per area. Aggregates only, never
 * names.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainedTeachers {

    /** Ids per query, well under every database's limit on an IN list. */
    static final int CHUNK = 1000;

    /** How {@link #perArea} groups: by province, by district or by school. */
    public enum Area {
        PROVINCE("d.province_id", " join district d on d.id = s.district_id"),
        DISTRICT("s.district_id", ""),
        SCHOOL("s.id", "");

        private final String column;
        private final String join;

        Area(String column, String join) {
            this.column = column;
            this.join = join;
        }
    }

    /** Teachers of an area and how many of them hold a teacher-track certificate. */
    public record Teachers(long teachers, long trained) {}

    /** A certificate's holder is counted once (one certificate per adult), and only while counted as a teacher. */
    private static final String PER_AREA = "select %s, count(*), count(tc.id) from adult_account a"
            + " join school s on s.id = a.school_id%s"
            + " left join training_certificate tc on tc.adult_id = a.id"
            + " where a.role in ('TEACHER', 'SCHOOL_ADMIN') and a.active = true and s.closed_on is null%s"
            + " group by %s";

    @Inject
    EntityManager em;

    /**
     * Active teachers and head teachers of open schools, and those of them holding a certificate, grouped by
     * province, district or school id; only within one province or one district when given (else null). Areas
     * without teachers are left out. One grouped query over the role, school and certificate indexes.
     */
    public Map<Long, Teachers> perArea(Area by, Long provinceId, Long districtId) {
        // a province's schools through its districts' ids, so that district rows are looked up by key only
        String within = (provinceId == null
                        ? ""
                        : " and s.district_id in (select x.id from district x where x.province_id = :province)")
                + (districtId == null ? "" : " and s.district_id = :district");
        var query = em.createNativeQuery(PER_AREA.formatted(by.column, by.join, within, by.column));
        if (provinceId != null) {
            query.setParameter("province", provinceId);
        }
        if (districtId != null) {
            query.setParameter("district", districtId);
        }
        Map<Long, Teachers> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(
                    ((Number) r[0]).longValue(),
                    new Teachers(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return counts;
    }

    /** Certificates per school id, for these schools; a school without any maps to 0. */
    public Map<Long, Long> perSchool(Collection<Long> schoolIds) {
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = new ArrayList<>(schoolIds);
        ids.forEach(id -> counts.put(id, 0L));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            em.createQuery(
                            "select c.school.id, count(c) from Certificate c where c.school.id in :ids"
                                    + " group by c.school.id",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** Certificates per school id for the schools of one district that have at least one. */
    public Map<Long, Long> perSchoolInDistrict(long districtId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select c.school.id, count(c) from Certificate c where c.school.district.id = :district"
                                + " group by c.school.id",
                        Object[].class)
                .setParameter("district", districtId)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}

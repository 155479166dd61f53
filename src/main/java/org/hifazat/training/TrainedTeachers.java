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
 * track certificates issued at each school. Aggregates only, never names.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainedTeachers {

    /** Ids per query, well under every database's limit on an IN list. */
    static final int CHUNK = 1000;

    @Inject
    EntityManager em;

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

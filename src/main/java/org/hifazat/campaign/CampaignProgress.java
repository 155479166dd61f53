package org.hifazat.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.identity.ScopeType;

/**
 * How far the pupils of a campaign's classes have come with its module, in one grouped query: per province for a
 * national campaign, per district for a province, per school for a district. A pupil counts as started once they
 * opened the module, completed once they finished the quiz, mastered once they reached the module's threshold,
 * whether before or during the campaign. Only counts leave this class, never a pupil.
 */
@ApplicationScoped
@Transactional
public class CampaignProgress {

    /** One row of the progress table: a part of the region, or the whole campaign. */
    public record Row(
            String nameEn, String nameUr, long classes, long enrolled, long started, long completed, long mastered) {

        public String name(boolean urdu) {
            return urdu ? nameUr : nameEn;
        }

        /** Share of enrolled pupils, 0-100, rounded down so a bar never claims more than was done. */
        public int percent(long count) {
            return enrolled == 0 ? 0 : (int) (count * 100 / enrolled);
        }

        public int startedPercent() {
            return percent(started);
        }

        public int completedPercent() {
            return percent(completed);
        }

        public int masteredPercent() {
            return percent(mastered);
        }

        Row plus(Row other) {
            return new Row(
                    nameEn,
                    nameUr,
                    classes + other.classes,
                    enrolled + other.enrolled,
                    started + other.started,
                    completed + other.completed,
                    mastered + other.mastered);
        }
    }

    /** The whole campaign and its parts (the parts empty when there is only one). */
    public record Report(Row total, List<Row> parts, String partKind) {}

    private static final String QUERY = "select %s, count(distinct c.id), count(p.id), count(mp.id),"
            + " sum(case when mp.status in ('completed', 'mastered') then 1 else 0 end),"
            + " sum(case when mp.status = 'mastered' then 1 else 0 end)"
            + " from campaign_class x join school_class c on c.id = x.class_id"
            + " join school s on s.id = c.school_id join district d on d.id = s.district_id"
            + " join province pr on pr.id = d.province_id"
            + " left join pupil p on p.class_id = c.id"
            + " left join module_progress mp on mp.pupil_id = p.id and mp.module_id = :module"
            + " where x.campaign_id = :campaign group by %s order by %s";

    /** The same counts for several campaigns at once, only for their classes within one area. */
    private static final String IN_AREA = "select x.campaign_id, count(distinct c.id), count(p.id), count(mp.id),"
            + " sum(case when mp.status in ('completed', 'mastered') then 1 else 0 end),"
            + " sum(case when mp.status = 'mastered' then 1 else 0 end)"
            + " from campaign_class x join campaign k on k.id = x.campaign_id"
            + " join school_class c on c.id = x.class_id"
            + " join school s on s.id = c.school_id join district d on d.id = s.district_id"
            + " left join pupil p on p.class_id = c.id"
            + " left join module_progress mp on mp.pupil_id = p.id and mp.module_id = k.module_id"
            + " where x.campaign_id in (:campaigns)%s group by x.campaign_id";

    @Inject
    EntityManager em;

    public Report of(Campaign campaign) {
        String key =
                switch (campaign.regionType) {
                    case NATIONAL -> "pr.id, pr.name_en, pr.name_ur";
                    case PROVINCE -> "d.id, d.name_en, d.name_ur";
                    case DISTRICT, SCHOOL -> "s.id, s.name, s.emis_code";
                };
        String order = campaign.regionType == ScopeType.NATIONAL || campaign.regionType == ScopeType.PROVINCE
                ? "2, 1"
                : "2, 3";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY.formatted(key, key, order))
                .setParameter("module", campaign.moduleId)
                .setParameter("campaign", campaign.id)
                .getResultList();
        boolean schools = campaign.regionType == ScopeType.DISTRICT || campaign.regionType == ScopeType.SCHOOL;
        List<Row> parts = rows.stream()
                .map(r -> {
                    String en = schools ? r[1] + " (" + r[2] + ")" : (String) r[1];
                    String ur = schools ? en : (String) r[2];
                    return new Row(en, ur, count(r[3]), count(r[4]), count(r[5]), count(r[6]), count(r[7]));
                })
                .toList();
        Row total = parts.stream().reduce(new Row("", "", 0, 0, 0, 0, 0), Row::plus);
        String kind =
                switch (campaign.regionType) {
                    case NATIONAL -> "campaign_part_province";
                    case PROVINCE -> "campaign_part_district";
                    case DISTRICT, SCHOOL -> "campaign_part_school";
                };
        return new Report(total, parts.size() > 1 ? parts : List.of(), kind);
    }

    /**
     * Each campaign's progress within an area (the nation, a province, a district or a school, by id): only its
     * classes there count. A campaign that reached no class there maps to an empty row.
     */
    public Map<Long, Row> inArea(List<Long> campaignIds, ScopeType level, Long areaId) {
        Map<Long, Row> rows = new HashMap<>();
        campaignIds.forEach(id -> rows.put(id, new Row("", "", 0, 0, 0, 0, 0)));
        if (campaignIds.isEmpty()) {
            return rows;
        }
        Query query = em.createNativeQuery(IN_AREA.formatted(CampaignService.regionFilter(level)))
                .setParameter("campaigns", campaignIds);
        if (level != ScopeType.NATIONAL) {
            query.setParameter("region", areaId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        for (Object[] r : found) {
            rows.put(count(r[0]), new Row("", "", count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5])));
        }
        return rows;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

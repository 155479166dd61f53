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
 * How far the pupils of a campaign's classes have come with its module: per province for a national campaign, per
 * district for a province, per school for a district. A pupil counts as started once they opened the module,
 * completed once they finished the quiz, mastered once they reached the module's threshold, whether before or during
 * the campaign. Summed from the figures pre-counted per campaign and school (campaign_count), which the completion
 * counts bring up to date every minute for the schools that changed, so no page reads the campaign's pupils. Only
 * counts leave this class, never a pupil.
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

    /** Sums the pre-counted rows (campaign_count, one per campaign and school: org.hifazat.reporting). */
    private static final String QUERY = "select %s, sum(x.classes), sum(x.enrolled), sum(x.started), sum(x.completed),"
            + " sum(x.mastered) from campaign_count x join school s on s.id = x.school_id"
            + " join district d on d.id = x.district_id join province pr on pr.id = x.province_id"
            + " where x.campaign_id = :campaign group by %s order by %s";

    /** The same sums for several campaigns at once, only for their schools within one area. */
    private static final String IN_AREA = "select x.campaign_id, sum(x.classes), sum(x.enrolled), sum(x.started),"
            + " sum(x.completed), sum(x.mastered) from campaign_count x"
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
        Query query = em.createNativeQuery(IN_AREA.formatted(areaFilter(level))).setParameter("campaigns", campaignIds);
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

    private static String areaFilter(ScopeType level) {
        return switch (level) {
            case NATIONAL -> "";
            case PROVINCE -> " and x.province_id = :region";
            case DISTRICT -> " and x.district_id = :region";
            case SCHOOL -> " and x.school_id = :region";
        };
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

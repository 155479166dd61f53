package org.hifazat.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Campaign figures per campaign and school (campaign_count), rewritten whenever the school's completion counts are:
 * the classes the campaign reached there, their pupils, and how many of them started, completed and mastered the
 * campaign's module (before or during the campaign). Read by the campaign pages and the regional dashboard, which
 * then sum a row per school instead of reading every pupil.
 */
final class CampaignCounts {

    private static final String COUNT = "select x.campaign_id, c.school_id, count(distinct c.id), count(p.id),"
            + " count(mp.id), sum(case when mp.status in ('completed', 'mastered') then 1 else 0 end),"
            + " sum(case when mp.status = 'mastered' then 1 else 0 end)"
            + " from campaign_class x join campaign k on k.id = x.campaign_id"
            + " join school_class c on c.id = x.class_id"
            + " left join pupil p on p.class_id = c.id"
            + " left join module_progress mp on mp.pupil_id = p.id and mp.module_id = k.module_id"
            + " where c.school_id in %s group by x.campaign_id, c.school_id";

    private CampaignCounts() {}

    /**
     * Replaces these schools' rows, inside the caller's transaction.
     *
     * @param in the schools' placeholder list, "(?, ?, ...)"
     * @param places school id to its district and province ids
     */
    static void recount(Connection c, List<Long> schools, String in, Map<Long, long[]> places) throws SQLException {
        CompletionCounts.update(c, "delete from campaign_count where school_id in " + in, schools);
        CompletionCounts.copy(
                c,
                COUNT.formatted(in),
                schools,
                "insert into campaign_count (campaign_id, school_id, district_id, province_id, classes, enrolled,"
                        + " started, completed, mastered) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rs, insert) -> {
                    long[] place = places.get(rs.getLong(2));
                    insert.setLong(1, rs.getLong(1));
                    insert.setLong(2, rs.getLong(2));
                    insert.setLong(3, place[0]);
                    insert.setLong(4, place[1]);
                    for (int i = 0; i < 5; i++) {
                        insert.setLong(5 + i, rs.getLong(3 + i));
                    }
                });
    }
}

package org.hifazat.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites report_day for some schools, as part of their recount: per school, grade, module and day, the pupils of
 * open classes who started, completed and mastered the module that day. Summed over every day these are the
 * started, completed and mastered of report_count. A pupil mastered without a mastery time recorded counts on the
 * day they completed (or were last seen).
 */
final class CompletionDays {

    private static final String PROGRESS = " from module_progress mp join pupil p on p.id = mp.pupil_id"
            + " join school_class c on c.id = p.class_id where c.archived = false and c.school_id in ";

    private CompletionDays() {}

    /**
     * Replaces the schools' day rows, in the caller's transaction.
     *
     * @param in the schools' placeholder list, "(?, ?, ...)"
     * @param places school id to its district and province ids
     * @param bands module id to its band
     */
    static void recount(
            Connection c, List<Long> schools, String in, Map<Long, long[]> places, Map<String, String> bands)
            throws SQLException {
        String each = "select c.school_id, c.grade, mp.module_id, cast(%s as date) on_day, %s" + PROGRESS + in;
        String sql = "select school_id, grade, module_id, on_day, sum(started), sum(completed), sum(mastered) from ("
                + each.formatted("mp.started_at", "1 started, 0 completed, 0 mastered")
                + " union all " + each.formatted("mp.completed_at", "0, 1, 0") + " and mp.completed_at is not null"
                + " union all " + each.formatted("coalesce(mp.mastered_at, mp.completed_at, mp.updated_at)", "0, 0, 1")
                + " and mp.status = 'mastered'"
                + ") t group by school_id, grade, module_id, on_day";
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            params.addAll(schools);
        }
        CompletionCounts.update(c, "delete from report_day where school_id in " + in, schools);
        CompletionCounts.copy(
                c,
                sql,
                params,
                "insert into report_day (school_id, grade, module_id, on_day, band, district_id, province_id, started,"
                        + " completed, mastered) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rs, insert) -> {
                    long[] place = places.get(rs.getLong(1));
                    insert.setLong(1, rs.getLong(1));
                    insert.setInt(2, rs.getInt(2));
                    insert.setString(3, rs.getString(3));
                    insert.setDate(4, rs.getDate(4));
                    insert.setString(5, bands.get(rs.getString(3)));
                    insert.setLong(6, place[0]);
                    insert.setLong(7, place[1]);
                    for (int i = 0; i < 3; i++) {
                        insert.setLong(8 + i, rs.getLong(5 + i));
                    }
                });
    }
}

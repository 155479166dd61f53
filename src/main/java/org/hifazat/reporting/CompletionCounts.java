package org.hifazat.reporting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps report_count and report_day ({@link CompletionDays}) up to date: every minute the schools whose pupils made progress (or that gained pupils,
 * classes or assignments, or were marked) are recounted from the source rows; every school once a day. Only one
 * server counts at a time (a lease in report_state), so several instances can run the job.
 */
@ApplicationScoped
public class CompletionCounts {

    private static final Logger LOG = Logger.getLogger(CompletionCounts.class);
    private static final Duration LEASE = Duration.ofMinutes(30);

    /** What one refresh did. */
    public record Refresh(boolean full, int schools, Duration took) {}

    /** When the counts were last brought up to date (null before the first count). */
    public record Freshness(LocalDateTime changesSeenUntil, LocalDateTime fullCountedAt) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReportingConfig config;

    @Scheduled(
            identity = "report-counts",
            every = "${hifazat.reporting.refresh-every:60s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refresh(false).ifPresent(r -> {
            if (r.schools() > 0) {
                LOG.infof(
                        "Report counts: %d schools recounted%s in %d ms",
                        r.schools(), r.full() ? " (all)" : "", r.took().toMillis());
            }
        });
    }

    /**
     * Brings the counts up to date: every school when asked, when a full count is due or was requested, else the
     * schools changed since the last run. Empty when another server is counting right now.
     */
    public Optional<Refresh> refresh(boolean all) {
        long began = System.nanoTime();
        LocalDateTime started = LocalDateTime.now();
        Optional<Freshness> claimed = QuarkusTransaction.requiringNew().call(() -> claim(started));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Freshness before = claimed.get();
        boolean full = all
                || before.fullCountedAt() == null
                || fullRequested()
                || before.fullCountedAt().isBefore(started.minus(config.fullRecountEvery()));
        try {
            List<Long> schools = QuarkusTransaction.requiringNew()
                    .call(() -> full
                            ? allSchools()
                            : changedSchools(before.changesSeenUntil().minus(config.changeOverlap())));
            int chunk = Math.max(1, config.schoolsPerChunk());
            for (int i = 0; i < schools.size(); i += chunk) {
                List<Long> part = schools.subList(i, Math.min(schools.size(), i + chunk));
                QuarkusTransaction.requiringNew().timeout(600).call(() -> {
                    recount(part, started);
                    return null;
                });
            }
            QuarkusTransaction.requiringNew().call(() -> {
                finish(started, full);
                return null;
            });
            return Optional.of(new Refresh(full, schools.size(), Duration.ofNanos(System.nanoTime() - began)));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> update("update report_state set running_until = null where id = 1"));
        }
    }

    /** Asks for every school to be recounted at the next run (after a bulk load, say). */
    public void requestFull() {
        QuarkusTransaction.requiringNew()
                .run(() -> update("update report_state set full_requested = true where id = 1"));
    }

    /**
     * Marks a school for recounting at the next run, for changes that leave no change time behind: a pupil
     * deleted, a class archived, an assignment withdrawn. Joins the caller's transaction.
     */
    public void markDirty(long schoolId) {
        QuarkusTransaction.joiningExisting().run(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s =
                            c.prepareStatement("insert into report_dirty (school_id, marked_at) values (?, ?)"
                                    + " on duplicate key update marked_at = ?")) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                s.setLong(1, schoolId);
                s.setTimestamp(2, now);
                s.setTimestamp(3, now);
                s.executeUpdate();
            } catch (SQLException e) {
                throw failure(e);
            }
        });
    }

    public Freshness freshness() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "select changes_seen_until, full_counted_at from report_state where id = 1");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Freshness(time(rs, 1), time(rs, 2)) : new Freshness(null, null);
            } catch (SQLException e) {
                throw failure(e);
            }
        });
    }

    private Optional<Freshness> claim(LocalDateTime now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("update report_state set running_until = ? where id = 1"
                    + " and (running_until is null or running_until < ?)")) {
                s.setTimestamp(1, Timestamp.valueOf(now.plus(LEASE)));
                s.setTimestamp(2, Timestamp.valueOf(now));
                if (s.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(freshness());
    }

    private boolean fullRequested() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("select full_requested from report_state where id = 1");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    private void finish(LocalDateTime started, boolean full) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        full
                                ? "update report_state set changes_seen_until = ?, full_counted_at = ?, full_requested = false"
                                        + " where id = 1"
                                : "update report_state set changes_seen_until = ? where id = 1")) {
            s.setTimestamp(1, Timestamp.valueOf(started));
            if (full) {
                s.setTimestamp(2, Timestamp.valueOf(started));
            }
            s.executeUpdate();
        }
    }

    private List<Long> allSchools() throws SQLException {
        return ids("select id from school order by id", List.of());
    }

    private List<Long> changedSchools(LocalDateTime since) throws SQLException {
        Timestamp t = Timestamp.valueOf(since);
        return ids(
                "select c.school_id from module_progress mp join pupil p on p.id = mp.pupil_id"
                        + " join school_class c on c.id = p.class_id where mp.updated_at >= ?"
                        + " union select c.school_id from pupil p join school_class c on c.id = p.class_id"
                        + " where p.created_at >= ?"
                        + " union select c.school_id from assignment a join school_class c on c.id = a.class_id"
                        + " where a.created_at >= ?"
                        + " union select school_id from school_class where created_at >= ?"
                        + " union select c.school_id from campaign_class x join school_class c on c.id = x.class_id"
                        + " where x.added_at >= ?"
                        + " union select school_id from report_dirty",
                List.of(t, t, t, t, t));
    }

    /** Recounts these schools from pupils, classes, assignments and progress, replacing their rows and days. */
    void recount(List<Long> schools, LocalDateTime started) throws SQLException {
        String in = "(" + String.join(",", Collections.nCopies(schools.size(), "?")) + ")";
        try (Connection c = dataSource.getConnection()) {
            Map<Long, long[]> places = new HashMap<>();
            query(
                    c,
                    "select s.id, s.district_id, d.province_id from school s join district d on d.id = s.district_id"
                            + " where s.id in " + in,
                    schools,
                    rs -> places.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}));
            Map<String, String> bands = new HashMap<>();
            query(
                    c,
                    "select module_id, band from module_version where current_version = true",
                    List.of(),
                    rs -> bands.put(rs.getString(1), rs.getString(2)));
            // open classes: school, grade, pupils
            Map<Long, long[]> classes = new HashMap<>();
            query(
                    c,
                    "select c.id, c.school_id, c.grade, count(p.id) from school_class c left join pupil p"
                            + " on p.class_id = c.id where c.archived = false and c.school_id in " + in
                            + " group by c.id, c.school_id, c.grade",
                    schools,
                    rs -> classes.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getInt(3), rs.getLong(4)}));
            // class and module -> enrolled, started, completed, mastered
            Map<String, long[]> byClass = new HashMap<>();
            query(
                    c,
                    "select distinct a.class_id, a.module_id from assignment a join school_class c on c.id = a.class_id"
                            + " where a.withdrawn = false and c.archived = false and c.school_id in " + in,
                    schools,
                    rs -> {
                        long[] cls = classes.get(rs.getLong(1));
                        if (cls != null) {
                            byClass.put(rs.getLong(1) + "\t" + rs.getString(2), new long[] {cls[2], 0, 0, 0});
                        }
                    });
            query(
                    c,
                    "select p.class_id, mp.module_id, count(*),"
                            + " sum(case when mp.completed_at is not null then 1 else 0 end),"
                            + " sum(case when mp.status = 'mastered' then 1 else 0 end)"
                            + " from module_progress mp join pupil p on p.id = mp.pupil_id"
                            + " join school_class c on c.id = p.class_id"
                            + " where c.archived = false and c.school_id in " + in
                            + " group by p.class_id, mp.module_id",
                    schools,
                    rs -> {
                        long[] n = byClass.computeIfAbsent(rs.getLong(1) + "\t" + rs.getString(2), k -> new long[4]);
                        n[1] = rs.getLong(3);
                        n[2] = rs.getLong(4);
                        n[3] = rs.getLong(5);
                        // pupils who started a module their class no longer has assigned still count as enrolled
                        n[0] = Math.max(n[0], n[1]);
                    });
            Map<String, long[]> bySchool = new HashMap<>();
            byClass.forEach((key, n) -> {
                int tab = key.indexOf('\t');
                long[] cls = classes.get(Long.parseLong(key.substring(0, tab)));
                long[] sum = bySchool.computeIfAbsent(
                        cls[0] + "\t" + cls[1] + "\t" + key.substring(tab + 1), k -> new long[4]);
                for (int i = 0; i < 4; i++) {
                    sum[i] += n[i];
                }
            });
            update(c, "delete from report_count where school_id in " + in, schools);
            update(
                    c,
                    "delete from report_dirty where marked_at <= ? and school_id in " + in,
                    prepend(Timestamp.valueOf(started), schools));
            try (PreparedStatement insert = c.prepareStatement("insert into report_count (school_id, grade, module_id,"
                    + " band, district_id, province_id, enrolled, started, completed, mastered)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Map.Entry<String, long[]> e : bySchool.entrySet()) {
                    String[] key = e.getKey().split("\t", 3);
                    long school = Long.parseLong(key[0]);
                    long[] place = places.get(school);
                    long[] n = e.getValue();
                    insert.setLong(1, school);
                    insert.setInt(2, Integer.parseInt(key[1]));
                    insert.setString(3, key[2]);
                    insert.setString(4, bands.get(key[2]));
                    insert.setLong(5, place[0]);
                    insert.setLong(6, place[1]);
                    for (int i = 0; i < 4; i++) {
                        insert.setLong(7 + i, n[i]);
                    }
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            CompletionDays.recount(c, schools, in, places, bands);
            CampaignCounts.recount(c, schools, in, places);
        }
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Sets one row's values on the insert from one row of the query. */
    interface RowCopier {
        void copy(ResultSet from, PreparedStatement to) throws SQLException;
    }

    /**
     * Inserts a row for each row the query reads, in batches of 1,000: a plain read and batched inserts rather than
     * insert ... select, which on MariaDB would lock the progress rows it reads.
     */
    static void copy(Connection c, String select, List<?> params, String insertSql, RowCopier copier)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(insertSql)) {
            int[] pending = {0};
            query(c, select, params, rs -> {
                copier.copy(rs, insert);
                insert.addBatch();
                if (++pending[0] == 1000) {
                    insert.executeBatch();
                    pending[0] = 0;
                }
            });
            if (pending[0] > 0) {
                insert.executeBatch();
            }
        }
    }

    static void query(Connection c, String sql, List<?> params, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    static void update(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        }
    }

    private void update(String sql) {
        try (Connection c = dataSource.getConnection()) {
            update(c, sql, List.of());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private List<Long> ids(String sql, List<?> params) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, sql, params, rs -> ids.add(rs.getLong(1)));
        }
        return new ArrayList<>(ids);
    }

    private static void bind(PreparedStatement s, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private static List<Object> prepend(Object first, List<?> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static PersistenceException failure(SQLException e) {
        return new PersistenceException("Report counts failed", e);
    }
}

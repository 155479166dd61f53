package org.hifazat.bench;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.registry.SchoolGenerator;
import org.hifazat.registry.SyntheticSchools;

/**
 * Builds the national-scale dataset: schools, classes, teachers and pupils through {@link SyntheticSchools}, then
 * every class's assignments and its pupils' progress, quiz attempts and answers on the real pupil modules, written
 * by the database itself ({@code INSERT ... SELECT} over the pupils, a range of ids per statement) from two small
 * tables of module and question facts made here and dropped at the end. What a pupil did with a module follows
 * from a hash of the pupil's id and the module's number: 10 % never opened it, 15 % are part-way through the
 * steps, 5 % finished the quiz without mastering it, 10 % mastered it at the second attempt and 60 % at the first.
 * Everything is skipped when already there, so a second run with the same spec only adds what is missing.
 */
@ApplicationScoped
public class NationalDataset {

    /** Classes in the school that the sign-in herd and the teacher dashboard use. */
    static final int BIG_SCHOOL_CLASSES = 34;
    /** Pupils in each class of that school. */
    static final int BIG_SCHOOL_CLASS_SIZE = 60;

    static final int PUPILS_PER_CLASS = 40;
    private static final int PUPILS_PER_STATEMENT = 20_000;
    /** The first day of the awareness fortnight, as SQL. */
    private static final String DAY = "2026-11-02 08:00:00";

    /**
     * The size of the dataset: schools, classes and pupils scale with {@code pupils} as 2,000 schools, 25,000
     * classes and one million pupils do; one of the schools is the big school of {@link #BIG_SCHOOL_CLASSES}
     * classes of {@link #BIG_SCHOOL_CLASS_SIZE}.
     */
    public record Spec(long seed, int pupils) {

        public Spec {
            if (pupils < 4 * BIG_SCHOOL_CLASSES * BIG_SCHOOL_CLASS_SIZE || pupils > 5_000_000) {
                throw new IllegalArgumentException(
                        "pupils between " + 4 * BIG_SCHOOL_CLASSES * BIG_SCHOOL_CLASS_SIZE + " and 5,000,000");
            }
        }

        int regularSchools() {
            return Math.max(2, (int) Math.round(2000.0 * pupils / 1_000_000)) - 1;
        }

        int regularClasses() {
            return Math.max(regularSchools(), (int) Math.round(25_000.0 * pupils / 1_000_000) - BIG_SCHOOL_CLASSES);
        }

        int pupilsPerClass() {
            return Math.min(100, Math.max(1, (int)
                    Math.round((double) (pupils - BIG_SCHOOL_CLASSES * BIG_SCHOOL_CLASS_SIZE) / regularClasses())));
        }

        /** The big school is school 0 of the next seed, so it never collides with the others. */
        long bigSchoolSeed() {
            return seed + 1;
        }

        String bigSchoolEmis() {
            return SchoolGenerator.emisCode(bigSchoolSeed(), 0);
        }
    }

    /** Row counts of the tables the dataset fills, and how long the run took. */
    public record Counts(
            long schools,
            long classes,
            long pupils,
            long assignments,
            long progress,
            long attempts,
            long answers,
            Duration took) {}

    @Inject
    SyntheticSchools schools;

    @Inject
    CurriculumService curriculum;

    @Inject
    AgroalDataSource dataSource;

    /** The pupil modules of the catalogue, in id order. */
    public List<Module> pupilModules() {
        return curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL && m.band() != null)
                .sorted(Comparator.comparing(Module::id))
                .toList();
    }

    public Counts build(Spec spec, Consumer<String> log) {
        long started = System.nanoTime();
        int regular = spec.regularSchools();
        int perSchool = spec.regularClasses() / regular;
        int bigger = spec.regularClasses() % regular;
        log.accept("schools: " + (regular + 1) + ", classes: " + (spec.regularClasses() + BIG_SCHOOL_CLASSES)
                + ", pupils per class: " + spec.pupilsPerClass());
        report(
                log,
                "schools 1",
                schools.populate(
                        new SyntheticSchools.Spec(
                                spec.seed(), regular - bigger, perSchool, spec.pupilsPerClass(), true, null),
                        null));
        report(
                log,
                "schools 2",
                schools.populate(
                        new SyntheticSchools.Spec(
                                spec.seed(), regular, perSchool + 1, spec.pupilsPerClass(), true, null),
                        null));
        report(
                log,
                "big school",
                schools.populate(
                        new SyntheticSchools.Spec(
                                spec.bigSchoolSeed(), 1, BIG_SCHOOL_CLASSES, BIG_SCHOOL_CLASS_SIZE, true, null),
                        null));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            String schools = schools(spec);
            if (count(
                            connection,
                            "select count(*) from assignment a join school_class c on c.id = a.class_id"
                                    + " join school s on s.id = c.school_id where " + schools)
                    == 0) {
                progress(connection, schools, log);
            } else {
                log.accept("assignments and progress already there: kept");
            }
            return new Counts(
                    count(connection, "select count(*) from school"),
                    count(connection, "select count(*) from school_class"),
                    count(connection, "select count(*) from pupil"),
                    count(connection, "select count(*) from assignment"),
                    count(connection, "select count(*) from module_progress"),
                    count(connection, "select count(*) from quiz_attempt"),
                    count(connection, "select count(*) from attempt_answer"),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the benchmark's progress rows", e);
        }
    }

    private static void report(Consumer<String> log, String what, SyntheticSchools.Result r) {
        log.accept(what + ": " + r.schoolsAdded() + " added, " + r.schoolsKept() + " kept, " + r.classes()
                + " classes, " + r.pupils() + " pupils in " + r.took().toMillis() + " ms");
    }

    private static final String PUPIL_SCHOOL =
            " join school_class c on c.id = p.class_id join school s on s.id = c.school_id";

    /** SQL true for the dataset's schools (alias s), whatever else the database holds. */
    static String schools(Spec spec) {
        return "(s.emis_code like '" + SchoolGenerator.emisCode(spec.seed(), 0).replaceFirst("-1$", "-%")
                + "' or s.emis_code = '" + spec.bigSchoolEmis() + "')";
    }

    private void progress(Connection connection, String schools, Consumer<String> log) throws SQLException {
        List<Module> modules = pupilModules();
        if (modules.isEmpty()) {
            throw new IllegalStateException("no pupil modules are loaded");
        }
        facts(connection, modules);
        boolean mariadb =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("maria");
        if (mariadb) {
            // rows made from rows already checked: skip the per-row key checks for this connection only
            try (Statement s = connection.createStatement()) {
                s.execute("set session foreign_key_checks = 0, unique_checks = 0");
            }
        }
        try {
            long t = System.nanoTime();
            Timestamp day = Timestamp.valueOf(DAY);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into assignment (class_id, module_id, starts_on, ends_on, assigned_by, withdrawn, created_at)"
                            + " select c.id, m.module_id, date '2026-11-01', date '2030-12-31', c.teacher_id, false, ?"
                            + " from school_class c join school s on s.id = c.school_id"
                            + " join bench_module m on m.band = " + band("c.grade") + " where " + schools)) {
                insert.setTimestamp(1, day);
                log.accept("assignments: " + insert.executeUpdate() + " in " + millis(t) + " ms");
            }
            String progress = progressSql(schools);
            String attempts = attemptsSql(schools);
            String answers = answersSql(schools);
            long first = count(
                    connection, "select coalesce(min(p.id), 0) from pupil p" + PUPIL_SCHOOL + " where " + schools);
            long last = count(
                    connection, "select coalesce(max(p.id), 0) from pupil p" + PUPIL_SCHOOL + " where " + schools);
            long[] written = new long[3];
            t = System.nanoTime();
            for (long from = first; from <= last; from += PUPILS_PER_STATEMENT) {
                long to = from + PUPILS_PER_STATEMENT;
                written[0] += range(connection, progress, from, to);
                written[1] += range(connection, attempts, from, to);
                written[2] += range(connection, answers, from, to);
                if ((from - first) / PUPILS_PER_STATEMENT % 10 == 9 || to > last) {
                    log.accept("pupils to id " + Math.min(to - 1, last) + ": " + written[0] + " progress, " + written[1]
                            + " attempts, " + written[2] + " answers in " + millis(t) + " ms");
                }
            }
        } finally {
            try (Statement s = connection.createStatement()) {
                if (mariadb) {
                    s.execute("set session foreign_key_checks = 1, unique_checks = 1");
                }
                s.execute("drop table if exists bench_question");
                s.execute("drop table if exists bench_module");
            }
        }
    }

    /** The module and question facts the statements join with. */
    private static void facts(Connection connection, List<Module> modules) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists bench_question");
            s.execute("drop table if exists bench_module");
            s.execute("create table bench_module (n int not null primary key, module_id varchar(64) not null,"
                    + " version varchar(16) not null, band varchar(1) not null, steps_total int not null,"
                    + " fail_score int not null, fail_critical boolean not null) engine=InnoDB");
            s.execute("create table bench_question (module_id varchar(64) not null, n int not null,"
                    + " question_id varchar(64) not null, graded boolean not null, right_answer varchar(1000) not null,"
                    + " fail_answer varchar(1000) not null, fail_correct boolean not null,"
                    + " primary key (module_id, n)) engine=InnoDB");
        }
        try (PreparedStatement m =
                        connection.prepareStatement("insert into bench_module values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement q =
                        connection.prepareStatement("insert into bench_question values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < modules.size(); i++) {
                Module module = modules.get(i);
                QuizKey key = QuizKey.of(module);
                m.setInt(1, i + 1);
                m.setString(2, module.id());
                m.setString(3, module.version());
                m.setString(4, module.band().name());
                m.setInt(5, module.steps().size());
                m.setInt(6, key.failScore());
                m.setBoolean(7, key.failCritical());
                m.addBatch();
                for (QuizKey.Question question : key.questions()) {
                    q.setString(1, module.id());
                    q.setInt(2, question.number());
                    q.setString(3, question.id());
                    q.setBoolean(4, question.graded());
                    q.setString(5, question.rightAnswer());
                    q.setString(6, question.failAnswer());
                    q.setBoolean(7, question.failCorrect());
                    q.addBatch();
                }
            }
            m.executeBatch();
            q.executeBatch();
        }
    }

    /** The age band of a grade, as SQL (Band in the curriculum model). */
    static String band(String grade) {
        return "(case when " + grade + " <= 2 then 'A' when " + grade + " <= 5 then 'B' when " + grade
                + " <= 8 then 'C' else 'D' end)";
    }

    /**
     * x in 0..999 for a pupil and module: below 100 never opened, below 250 part-way, below 300 finished without
     * mastery, below 400 mastered at the second attempt, else mastered at the first.
     */
    private static String progressSql(String schools) {
        return "insert into module_progress (pupil_id, module_id, content_version,"
                + " status, steps_done, steps_total, attempts, best_score, critical_wrong, started_at, completed_at,"
                + " mastered_at, updated_at)"
                + " select pid, module_id, version,"
                + " case when x < 250 then 'in_progress' when x < 300 then 'completed' else 'mastered' end,"
                + " case when x < 250 then mod(x, steps_total) else steps_total end, steps_total,"
                + " case when x < 250 then 0 when x < 300 then 1 when x < 400 then 2 else 1 end,"
                + " case when x < 250 then null when x < 300 then fail_score else 100 end,"
                + " case when x >= 250 and x < 300 then fail_critical else false end,"
                + " opened,"
                + " case when x < 250 then null else timestampadd(minute, 25, opened) end,"
                + " case when x < 300 then null else timestampadd(minute, 25, opened) end,"
                + " case when x < 250 then timestampadd(minute, 10, opened) else timestampadd(minute, 25, opened) end"
                + " from (select p.id pid, m.module_id, m.version, m.steps_total, m.fail_score, m.fail_critical,"
                + " mod(p.id * 761 + m.n * 293, 1000) x,"
                + " timestampadd(minute, mod(p.id * 37 + m.n * 1440, 30240), timestamp '" + DAY + "') opened"
                + " from pupil p join school_class c on c.id = p.class_id join school s on s.id = c.school_id"
                + " join bench_module m on m.band = " + band("c.grade")
                + " where p.id >= ? and p.id < ? and " + schools + ") t where x >= 100";
    }

    /** Attempt 1 (and 2 after a failed first) for every progress row with attempts. */
    private static String attemptsSql(String schools) {
        return "insert into quiz_attempt (pupil_id, module_id, content_version,"
                + " attempt_number, started_at, finished_at, score, mastered, critical_wrong)"
                + " select mp.pupil_id, mp.module_id, mp.content_version, k.n,"
                + " timestampadd(minute, 10 + 7 * k.n, mp.started_at), timestampadd(minute, 15 + 7 * k.n, mp.started_at),"
                + " case when k.n = mp.attempts and mp.status = 'mastered' then 100 else m.fail_score end,"
                + " case when k.n = mp.attempts and mp.status = 'mastered' then true else false end,"
                + " case when k.n = mp.attempts and mp.status = 'mastered' then false else m.fail_critical end"
                + " from module_progress mp join bench_module m on m.module_id = mp.module_id"
                + " join (select 1 n union all select 2) k on k.n <= mp.attempts"
                + " join pupil p on p.id = mp.pupil_id join school_class c on c.id = p.class_id"
                + " join school s on s.id = c.school_id"
                + " where mp.pupil_id >= ? and mp.pupil_id < ? and " + schools;
    }

    /** Every question of every attempt: right ones for a mastered attempt, else the failing pattern. */
    private static String answersSql(String schools) {
        return "insert into attempt_answer (attempt_id, question_id, answer, correct,"
                + " graded, answered_at)"
                + " select a.id, q.question_id,"
                + " case when a.mastered then q.right_answer else q.fail_answer end,"
                + " case when not q.graded then false when a.mastered then true else q.fail_correct end,"
                + " q.graded, timestampadd(second, 20 * q.n, a.started_at)"
                + " from quiz_attempt a join bench_question q on q.module_id = a.module_id"
                + " join pupil p on p.id = a.pupil_id join school_class c on c.id = p.class_id"
                + " join school s on s.id = c.school_id"
                + " where a.pupil_id >= ? and a.pupil_id < ? and " + schools;
    }

    private static long range(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}

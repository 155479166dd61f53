package org.hifazat.bench;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.Role;
import org.hifazat.identity.Session;
import org.hifazat.identity.SessionCookies;
import org.hifazat.registry.SyntheticPeople;

/**
 * Makes the load set afresh and writes the files the load scenarios read (deploy/bench/README.md):
 * <ul>
 *   <li>{@code pupils.tsv}: per load pupil a session cookie, the module they are doing, their open quiz attempt,
 *       the module's step count and question count, and the form of a right answer to every question but the last
 *       (so an attempt never finishes under load);
 *   <li>{@code herd.tsv}: the sign-in path and form (picture pair or two words) of every pupil of the big school;
 *   <li>{@code bench.env}: the dashboard's class and its teacher's cookie, a ministry official's cookie, and counts.
 * </ul>
 * Each load pupil's attempts at their module are replaced by one open attempt with no answers, so every run posts
 * answers that are really stored. Sessions are signed with the server's key like a sign-in would sign them, and
 * last the configured idle time from now.
 */
@ApplicationScoped
public class LoadSet {

    static final String MINISTRY_USERNAME = "bench.ministry";

    private record LoadPupil(long id, String name, String moduleId) {}

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionCookies cookies;

    @Inject
    NationalDataset dataset;

    /** Writes the files into {@code folder}; returns how many load pupils it holds. */
    public int write(NationalDataset.Spec spec, int loadPupils, Path folder) {
        Map<String, Module> modules = new LinkedHashMap<>();
        dataset.pupilModules().forEach(m -> modules.put(m.id(), m));
        Map<String, List<String>> byBand = new HashMap<>();
        modules.values().forEach(m -> byBand.computeIfAbsent(m.band().name(), b -> new ArrayList<>())
                .add(m.id()));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Files.createDirectories(folder);
            long ministry = ministry(connection);
            List<LoadPupil> pupils = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select p.id, p.display_name, " + NationalDataset.band("c.grade") + " from pupil p"
                            + " join school_class c on c.id = p.class_id join school s on s.id = c.school_id"
                            + " where s.emis_code <> ? and " + NationalDataset.schools(spec)
                            + " order by p.id limit ?")) {
                select.setString(1, spec.bigSchoolEmis());
                select.setInt(2, loadPupils);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        List<String> choices = byBand.get(rs.getString(3));
                        if (choices != null) {
                            long id = rs.getLong(1);
                            pupils.add(new LoadPupil(id, rs.getString(2), choices.get((int) (id % choices.size()))));
                        }
                    }
                }
            }
            Map<Long, Long> attempts = openAttempts(connection, pupils, modules);
            connection.commit();
            try (Writer out = Files.newBufferedWriter(folder.resolve("pupils.tsv"), StandardCharsets.UTF_8)) {
                for (LoadPupil p : pupils) {
                    Module module = modules.get(p.moduleId());
                    List<QuizKey.Question> questions = QuizKey.of(module).questions();
                    StringJoiner forms = new StringJoiner("|");
                    questions.subList(0, questions.size() - 1).forEach(q -> forms.add(q.rightForm()));
                    out.write(cookie(Session.Kind.PUPIL, p.id(), Role.PUPIL, p.name()) + "\t" + p.moduleId() + "\t"
                            + attempts.get(p.id()) + "\t" + module.steps().size() + "\t" + questions.size() + "\t"
                            + forms + "\n");
                }
            }
            long[] dashboard = herd(connection, spec, folder.resolve("herd.tsv"));
            String teacherName = text(connection, "select display_name from adult_account where id = ?", dashboard[1]);
            try (Writer env = Files.newBufferedWriter(folder.resolve("bench.env"), StandardCharsets.UTF_8)) {
                env.write("DASHBOARD_CLASS=" + dashboard[0] + "\n");
                env.write("DASHBOARD_PUPILS=" + dashboard[2] + "\n");
                env.write("TEACHER_COOKIE=" + cookie(Session.Kind.ADULT, dashboard[1], "teacher", teacherName) + "\n");
                env.write("MINISTRY_COOKIE=" + cookie(Session.Kind.ADULT, ministry, "ministry", "Benchmark official")
                        + "\n");
                env.write("HERD_SCHOOL=" + spec.bigSchoolEmis() + "\n");
                env.write("LOAD_PUPILS=" + pupils.size() + "\n");
            }
            connection.commit();
            return pupils.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the load set", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cookie(Session.Kind kind, long id, String role, String name) {
        Instant now = Instant.now();
        return cookies.refreshedValue(new Session(kind, id, role, name, now, now));
    }

    /** One open attempt (number 1, no answers) per load pupil at their module; attempt ids by pupil. */
    private static Map<Long, Long> openAttempts(
            Connection connection, List<LoadPupil> pupils, Map<String, Module> modules) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        try (PreparedStatement attempts =
                        connection.prepareStatement("delete from quiz_attempt where pupil_id = ? and module_id = ?");
                PreparedStatement progress = connection.prepareStatement(
                        "delete from module_progress where pupil_id = ? and module_id = ?");
                PreparedStatement openProgress = connection.prepareStatement("insert into module_progress (pupil_id,"
                        + " module_id, content_version, status, steps_done, steps_total, attempts, critical_wrong,"
                        + " started_at, updated_at) values (?, ?, ?, 'in_progress', ?, ?, 1, false, ?, ?)");
                PreparedStatement open = connection.prepareStatement("insert into quiz_attempt (pupil_id, module_id,"
                        + " content_version, attempt_number, started_at, mastered, critical_wrong)"
                        + " values (?, ?, ?, 1, ?, false, false)")) {
            for (LoadPupil p : pupils) {
                Module module = modules.get(p.moduleId());
                attempts.setLong(1, p.id());
                attempts.setString(2, p.moduleId());
                attempts.addBatch();
                progress.setLong(1, p.id());
                progress.setString(2, p.moduleId());
                progress.addBatch();
                openProgress.setLong(1, p.id());
                openProgress.setString(2, p.moduleId());
                openProgress.setString(3, module.version());
                openProgress.setInt(4, module.steps().size());
                openProgress.setInt(5, module.steps().size());
                openProgress.setTimestamp(6, now);
                openProgress.setTimestamp(7, now);
                openProgress.addBatch();
                open.setLong(1, p.id());
                open.setString(2, p.moduleId());
                open.setString(3, module.version());
                open.setTimestamp(4, now);
                open.addBatch();
            }
            attempts.executeBatch();
            progress.executeBatch();
            openProgress.executeBatch();
            open.executeBatch();
        }
        Map<Long, Long> ids = new HashMap<>();
        if (pupils.isEmpty()) {
            return ids;
        }
        try (PreparedStatement select = connection.prepareStatement("select pupil_id, id from quiz_attempt"
                + " where pupil_id >= ? and pupil_id <= ? and attempt_number = 1 and finished_at is null")) {
            select.setLong(1, pupils.get(0).id());
            select.setLong(2, pupils.get(pupils.size() - 1).id());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /**
     * Writes the big school's sign-ins (pupils in class and id order, the n-th pupil of a class with the n-th
     * synthetic secret); returns the first class's id, its teacher's id and its pupil count.
     */
    private static long[] herd(Connection connection, NationalDataset.Spec spec, Path file)
            throws SQLException, IOException {
        long[] first = null;
        try (PreparedStatement select = connection.prepareStatement("select c.id, c.class_code, c.grade,"
                        + " c.teacher_id, p.id from school_class c join school s on s.id = c.school_id"
                        + " join pupil p on p.class_id = c.id where s.emis_code = ? order by c.id, p.id");
                Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            select.setString(1, spec.bigSchoolEmis());
            try (ResultSet rs = select.executeQuery()) {
                long classId = -1;
                int index = 0;
                while (rs.next()) {
                    if (rs.getLong(1) != classId) {
                        classId = rs.getLong(1);
                        index = 0;
                    }
                    if (first == null) {
                        first = new long[] {classId, rs.getLong(4), 0};
                    }
                    if (classId == first[0]) {
                        first[2]++;
                    }
                    String[] pair =
                            SyntheticPeople.pupilSecret(rs.getInt(3), index++).split("\\+");
                    out.write("/class/" + rs.getString(2) + "/" + rs.getLong(5) + "\tchoice=" + pair[0] + "&choice="
                            + pair[1] + "\n");
                }
            }
        }
        if (first == null) {
            throw new IllegalStateException("the big school " + spec.bigSchoolEmis() + " has no pupils");
        }
        return first;
    }

    /** The national official the reports are asked as; made on the first run. */
    private static long ministry(Connection connection) throws SQLException {
        String find = "select id from adult_account where username = '" + MINISTRY_USERNAME + "'";
        try (PreparedStatement select = connection.prepareStatement(find);
                ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into adult_account (username,"
                + " display_name, role, scope_type, language, active, created_at)"
                + " values (?, 'Benchmark official', 'MINISTRY', 'NATIONAL', 'en', true, ?)")) {
            insert.setString(1, MINISTRY_USERNAME);
            insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
            insert.executeUpdate();
        }
        return NationalDataset.count(connection, find);
    }

    private static String text(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }
}

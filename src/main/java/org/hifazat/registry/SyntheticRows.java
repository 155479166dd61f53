package org.hifazat.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hifazat.identity.ClassCodes;
import org.hifazat.identity.ServerKeys;
import org.hifazat.registry.SchoolGenerator.SyntheticSchool;

/** The SQL of synthetic schools, classes, teachers and pupils for one chunk, on one connection. */
final class SyntheticRows {

    /** A class just written, with what its pupils are derived from. */
    record NewClass(long id, int grade, int schoolIndex, int classIndex) {}

    private static final int BATCH = 1000;
    private static final int IN_LIST = 500;

    private final Connection connection;
    private final LocalDateTime now;
    private final Map<String, Long> schoolIds = new HashMap<>();

    SyntheticRows(Connection connection, LocalDateTime now) {
        this.connection = connection;
        this.now = now;
    }

    Set<String> existingCodes(List<String> codes) throws SQLException {
        return new HashSet<>(select("SELECT emis_code, id FROM school WHERE emis_code IN ", codes)
                .keySet());
    }

    void insertSchools(List<SyntheticSchool> schools) throws SQLException {
        try (BatchInsert insert = new BatchInsert(
                connection,
                "school",
                List.of("district_id", "emis_code", "name", "level", "locality", "created_at"),
                BATCH)) {
            for (SyntheticSchool s : schools) {
                insert.add(s.district().districtId(), s.emisCode(), s.name(), s.level(), s.locality(), now);
            }
            insert.flush();
        }
        schoolIds.putAll(select(
                "SELECT emis_code, id FROM school WHERE emis_code IN ",
                schools.stream().map(SyntheticSchool::emisCode).toList()));
    }

    /** Classes (and a teacher for each, if asked) for every school; the grades follow the school's level. */
    List<NewClass> insertClasses(
            long seed, List<SyntheticSchool> schools, int perSchool, boolean teachers, String teacherHash)
            throws SQLException {
        Map<String, Long> teacherIds = teachers ? insertTeachers(seed, schools, perSchool, teacherHash) : Map.of();
        // which school (by number) and class number each new class row is, to derive its pupils
        Map<String, int[]> made = new HashMap<>();
        try (BatchInsert insert = new BatchInsert(
                connection,
                "school_class",
                List.of(
                        "school_id",
                        "teacher_id",
                        "grade",
                        "section",
                        "class_code",
                        "language",
                        "archived",
                        "created_at"),
                BATCH)) {
            for (SyntheticSchool s : schools) {
                long schoolId = schoolIds.get(s.emisCode());
                int[] grades = grades(s.level());
                for (int j = 0; j < perSchool; j++) {
                    int grade = grades[j % grades.length];
                    String section = String.valueOf((char) ('A' + j / grades.length));
                    insert.add(
                            schoolId,
                            teacherIds.get(teacherUsername(s, j)),
                            grade,
                            section,
                            classCode(schoolId, j),
                            "ur",
                            false,
                            now);
                    made.put(schoolId + "/" + grade + "/" + section, new int[] {s.index(), j});
                }
            }
            insert.flush();
        }
        List<NewClass> classes = new ArrayList<>();
        List<Long> ids = schools.stream().map(s -> schoolIds.get(s.emisCode())).toList();
        for (List<Long> part : parts(ids)) {
            String sql = "SELECT id, school_id, grade, section FROM school_class WHERE school_id IN "
                    + placeholders(part.size());
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, part);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        int[] origin = made.get(rs.getLong(2) + "/" + rs.getInt(3) + "/" + rs.getString(4));
                        if (origin != null) {
                            classes.add(new NewClass(rs.getLong(1), rs.getInt(3), origin[0], origin[1]));
                        }
                    }
                }
            }
        }
        return classes;
    }

    long insertPupils(long seed, List<NewClass> classes, int perClass, ServerKeys keys) {
        try (BatchInsert insert = new BatchInsert(
                connection,
                "pupil",
                List.of("class_id", "display_name", "sign_in_kind", "sign_in_secret", "created_at"),
                BATCH)) {
            for (NewClass c : classes) {
                Random random = new Random(SchoolGenerator.mix(seed, c.schoolIndex(), c.classIndex()));
                for (int p = 0; p < perClass; p++) {
                    insert.add(
                            c.id(),
                            SyntheticPeople.pupilName(random),
                            SyntheticPeople.signInKind(c.grade()),
                            keys.pupilSecretHash(c.id(), SyntheticPeople.pupilSecret(c.grade(), p)),
                            now);
                }
            }
            insert.flush();
            return insert.written();
        }
    }

    private Map<String, Long> insertTeachers(long seed, List<SyntheticSchool> schools, int perSchool, String hash)
            throws SQLException {
        List<String> usernames = new ArrayList<>();
        try (BatchInsert insert = new BatchInsert(
                connection,
                "adult_account",
                List.of(
                        "username",
                        "display_name",
                        "password_hash",
                        "role",
                        "scope_type",
                        "school_id",
                        "language",
                        "active",
                        "created_at"),
                BATCH)) {
            for (SyntheticSchool s : schools) {
                Random random = new Random(SchoolGenerator.mix(seed, s.index(), -1));
                for (int j = 0; j < perSchool; j++) {
                    String username = teacherUsername(s, j);
                    usernames.add(username);
                    insert.add(
                            username,
                            SyntheticPeople.teacherName(random),
                            hash,
                            "TEACHER",
                            "SCHOOL",
                            schoolIds.get(s.emisCode()),
                            "ur",
                            true,
                            now);
                }
            }
            insert.flush();
        }
        return select("SELECT username, id FROM adult_account WHERE username IN ", usernames);
    }

    /** Grades a school of this level teaches. */
    static int[] grades(String level) {
        return switch (level) {
            case "primary" -> new int[] {1, 2, 3, 4, 5};
            case "middle" -> new int[] {1, 2, 3, 4, 5, 6, 7, 8};
            case "high" -> new int[] {6, 7, 8, 9, 10};
            default -> new int[] {9, 10, 11, 12};
        };
    }

    /**
     * A class code pupils can type at the sign-in page: six characters of {@link ClassCodes#ALPHABET}, distinct for
     * every school id and class number (up to 48 classes), spread over the code space by an odd multiplier so that
     * neighbouring classes do not get neighbouring codes.
     */
    static String classCode(long schoolId, int classIndex) {
        int base = ClassCodes.ALPHABET.length();
        long space = 1;
        for (int i = 0; i < ClassCodes.LENGTH; i++) {
            space *= base;
        }
        long n = Math.floorMod((schoolId * 48 + classIndex) * 7_368_787L, space);
        char[] code = new char[ClassCodes.LENGTH];
        for (int i = ClassCodes.LENGTH - 1; i >= 0; i--) {
            code[i] = ClassCodes.ALPHABET.charAt((int) (n % base));
            n /= base;
        }
        return new String(code);
    }

    static String teacherUsername(SyntheticSchool school, int classIndex) {
        return "t." + school.emisCode().toLowerCase(Locale.ROOT) + "." + (classIndex + 1);
    }

    /** Rows of (key, id) for the given keys, asked a few hundred at a time. */
    private Map<String, Long> select(String sqlBeforeIn, List<String> keys) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        for (List<String> part : parts(keys)) {
            try (PreparedStatement statement = connection.prepareStatement(sqlBeforeIn + placeholders(part.size()))) {
                bind(statement, part);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return found;
    }

    private static <T> List<List<T>> parts(List<T> values) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i += IN_LIST) {
            parts.add(values.subList(i, Math.min(values.size(), i + IN_LIST)));
        }
        return parts;
    }

    private static String placeholders(int n) {
        return "(" + String.join(",", Collections.nCopies(n, "?")) + ")";
    }

    private static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}

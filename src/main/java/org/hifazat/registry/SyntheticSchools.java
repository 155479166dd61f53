package org.hifazat.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hifazat.audit.AuditLog;
import org.hifazat.identity.ServerKeys;
import org.hifazat.school.District;

/**
 * Writes synthetic schools (see {@link SchoolGenerator}), and if asked their classes, teachers and pupils, in
 * chunks of schools, one transaction per chunk, with multi-row inserts: the national-scale benchmark builds its
 * database with this. Schools already there (same seed and number) are skipped, so a run can be repeated or
 * extended.
 */
@ApplicationScoped
public class SyntheticSchools {

    static final int SCHOOLS_PER_CHUNK = 250;

    /**
     * What to generate.
     *
     * @param seed the same seed gives the same schools
     * @param schools how many schools, numbered from 0
     * @param classesPerSchool 0 for schools only; classes take the school's grades in turn (A sections first)
     * @param pupilsPerClass pupils in every class
     * @param teachers one teacher account per class, who cannot sign in unless {@code teacherPassword} is given
     * @param teacherPassword the password of every synthetic teacher, or null
     */
    public record Spec(
            long seed,
            int schools,
            int classesPerSchool,
            int pupilsPerClass,
            boolean teachers,
            String teacherPassword) {

        public Spec {
            if (schools < 0
                    || classesPerSchool < 0
                    || classesPerSchool > 48
                    || pupilsPerClass < 0
                    || pupilsPerClass > 100) {
                throw new IllegalArgumentException("schools >= 0, classes 0-48 and pupils 0-100 per class");
            }
        }

        /** Schools only. */
        public static Spec schoolsOnly(long seed, int schools) {
            return new Spec(seed, schools, 0, 0, false, null);
        }
    }

    /** What was written, and how long it took. */
    public record Result(int schoolsAdded, int schoolsKept, long classes, long teachers, long pupils, Duration took) {

        Result plus(Result other) {
            return new Result(
                    schoolsAdded + other.schoolsAdded,
                    schoolsKept + other.schoolsKept,
                    classes + other.classes,
                    teachers + other.teachers,
                    pupils + other.pupils,
                    took.plus(other.took));
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ServerKeys keys;

    @Inject
    RegistryConfig config;

    @Inject
    AuditLog audit;

    /** Generates and writes; audited under {@code actor} when one is given. */
    public Result populate(Spec spec, String actor) {
        long started = System.nanoTime();
        SchoolGenerator generator = new SchoolGenerator(spec.seed(), places());
        String teacherHash = spec.teachers() && spec.teacherPassword() != null
                ? BcryptUtil.bcryptHash(spec.teacherPassword())
                : null;
        Result total = new Result(0, 0, 0, 0, 0, Duration.ZERO);
        for (int from = 0; from < spec.schools(); from += SCHOOLS_PER_CHUNK) {
            int to = Math.min(spec.schools(), from + SCHOOLS_PER_CHUNK);
            List<SchoolGenerator.SyntheticSchool> schools = generator.schools(from, to);
            total = total.plus(QuarkusTransaction.requiringNew()
                    .timeout(Math.toIntExact(config.transactionTimeout().toSeconds()))
                    .call(() -> writeChunk(spec, schools, teacherHash)));
        }
        Result result = new Result(
                total.schoolsAdded(),
                total.schoolsKept(),
                total.classes(),
                total.teachers(),
                total.pupils(),
                Duration.ofNanos(System.nanoTime() - started));
        if (actor != null) {
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.record(
                            actor,
                            "registry-generated",
                            "registry",
                            null,
                            "seed=" + spec.seed()
                                    + ", schools=" + result.schoolsAdded() + ", kept=" + result.schoolsKept()
                                    + ", classes=" + result.classes() + ", pupils=" + result.pupils()));
        }
        return result;
    }

    private Result writeChunk(Spec spec, List<SchoolGenerator.SyntheticSchool> chunk, String teacherHash)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now();
        try (Connection connection = dataSource.getConnection()) {
            SyntheticRows rows = new SyntheticRows(connection, now);
            Set<String> existing = rows.existingCodes(chunk.stream()
                    .map(SchoolGenerator.SyntheticSchool::emisCode)
                    .toList());
            List<SchoolGenerator.SyntheticSchool> missing =
                    chunk.stream().filter(s -> !existing.contains(s.emisCode())).toList();
            rows.insertSchools(missing);
            long classes = 0;
            long teachers = 0;
            long pupils = 0;
            if (spec.classesPerSchool() > 0 && !missing.isEmpty()) {
                List<SyntheticRows.NewClass> newClasses =
                        rows.insertClasses(spec.seed(), missing, spec.classesPerSchool(), spec.teachers(), teacherHash);
                classes = newClasses.size();
                teachers = spec.teachers() ? classes : 0;
                pupils = rows.insertPupils(spec.seed(), newClasses, spec.pupilsPerClass(), keys);
            }
            return new Result(missing.size(), existing.size(), classes, teachers, pupils, Duration.ZERO);
        }
    }

    /** The districts in the registry now. */
    private static List<SchoolGenerator.Place> places() {
        return QuarkusTransaction.requiringNew()
                .call(() -> District.<District>find("select d from District d join fetch d.province").list().stream()
                        .map(d -> new SchoolGenerator.Place(d.id, d.code, d.province.code, d.nameEn))
                        .collect(Collectors.toList()));
    }
}

package org.hifazat.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.identity.ServerKeys;
import org.hifazat.school.Pupil;
import org.hifazat.school.School;
import org.hifazat.school.SchoolClass;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SyntheticSchoolsTest {

    private static final Logger LOG = Logger.getLogger(SyntheticSchoolsTest.class);

    @Inject
    SyntheticSchools synthetic;

    @Inject
    ServerKeys keys;

    @Test
    void schoolsClassesTeachersAndPupilsAreWrittenAndARepeatAddsNothing() {
        long seed = 9101;
        SyntheticSchools.Result result =
                synthetic.populate(new SyntheticSchools.Spec(seed, 30, 3, 10, true, null), null);
        assertEquals(30, result.schoolsAdded());
        assertEquals(0, result.schoolsKept());
        assertEquals(90, result.classes());
        assertEquals(90, result.teachers());
        assertEquals(900, result.pupils());

        String prefix = "SYN-" + Long.toString(seed, 36).toUpperCase() + "-%";
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(30, School.count("emisCode like ?1", prefix));
            School first =
                    School.findByEmisCode(SchoolGenerator.emisCode(seed, 0)).orElseThrow();
            List<SchoolClass> classes = SchoolClass.list("school = ?1 order by grade, section", first);
            assertEquals(3, classes.size());
            int[] grades = SyntheticRows.grades(first.level);
            assertEquals(grades[0], classes.get(0).grade);
            SchoolClass firstClass = SchoolClass.find("school = ?1 and grade = ?2 and section = 'A'", first, grades[0])
                    .firstResult();
            AdultAccount teacher = firstClass.teacher;
            assertEquals(Role.TEACHER, teacher.role);
            assertEquals(first.id, teacher.school.id);
            assertNull(teacher.passwordHash, "synthetic teachers cannot sign in");
            List<Pupil> pupils = Pupil.listInClass(firstClass);
            assertEquals(10, pupils.size());
            // every pupil's secret is the documented one, hashed for this class
            long matching = pupils.stream()
                    .filter(p -> {
                        for (int i = 0; i < 10; i++) {
                            String secret = SyntheticPeople.pupilSecret(firstClass.grade, i);
                            if (keys.pupilSecretHash(firstClass.id, secret).equals(p.signInSecret)) {
                                return true;
                            }
                        }
                        return false;
                    })
                    .count();
            assertEquals(10, matching);
        });

        SyntheticSchools.Result again =
                synthetic.populate(new SyntheticSchools.Spec(seed, 40, 3, 10, true, null), null);
        assertEquals(10, again.schoolsAdded());
        assertEquals(30, again.schoolsKept());
        assertEquals(300, again.pupils());
        assertEquals(40L, QuarkusTransaction.requiringNew().call(() -> School.count("emisCode like ?1", prefix)));
    }

    @Test
    void aThousandSchoolsWithAHundredThousandPupilsAreWrittenInOneCall() {
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        SyntheticSchools.Result result =
                synthetic.populate(new SyntheticSchools.Spec(9102, 1000, 4, 25, false, null), null);
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        assertEquals(1000, result.schoolsAdded());
        assertEquals(4000, result.classes());
        assertEquals(100_000, result.pupils());
        // wall time depends on the machine's load; CPU time of this thread (H2 runs in it) much less so
        LOG.infof(
                "synthetic: %d schools, %d classes, %d pupils in %d ms (%d ms CPU)",
                result.schoolsAdded(),
                result.classes(),
                result.pupils(),
                result.took().toMillis(),
                cpuMillis);
    }
}

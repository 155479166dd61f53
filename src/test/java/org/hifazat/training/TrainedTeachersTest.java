package org.hifazat.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hifazat.TestSchools;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TrainedTeachersTest {

    @Inject
    TrainedTeachers trained;

    @Test
    void countsCertificatesPerSchool() {
        String first = TestSchools.adult(Role.TEACHER, true);
        long school = schoolOf(first);
        String second = sameSchool(first, Role.TEACHER);
        String head = sameSchool(first, Role.SCHOOL_ADMIN);
        String untrained = sameSchool(first, Role.TEACHER);
        certify(first);
        certify(second);
        certify(head);
        long empty = schoolOf(TestSchools.adult(Role.TEACHER, true));
        long district = QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername(untrained).orElseThrow().school.district.id);

        assertEquals(Map.of(school, 3L, empty, 0L), trained.perSchool(List.of(school, empty)));
        assertEquals(3L, trained.perSchoolInDistrict(district).get(school));
        assertEquals(null, trained.perSchoolInDistrict(district).get(empty));
        assertEquals(Map.of(), trained.perSchool(List.of()));
    }

    private static long schoolOf(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername(username).orElseThrow().school.id);
    }

    /** Another adult at the school of this one. */
    private static String sameSchool(String colleague, Role role) {
        String username = TestSchools.adult(role, false);
        QuarkusTransaction.requiringNew().run(() -> {
            AdultAccount account = AdultAccount.findByUsername(username).orElseThrow();
            account.school = AdultAccount.findByUsername(colleague).orElseThrow().school;
        });
        return username;
    }

    private static void certify(String username) {
        QuarkusTransaction.requiringNew()
                .run(() -> Certificate.issueTo(
                        AdultAccount.findByUsername(username).orElseThrow()));
    }
}

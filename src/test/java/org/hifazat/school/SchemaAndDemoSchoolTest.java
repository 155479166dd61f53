package org.hifazat.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ServerKeys;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaAndDemoSchoolTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ServerKeys keys;

    @Test
    void migrationsRanFromEmptyAndHibernateAcceptsTheSchema() throws Exception {
        assertTrue(flyway.info().applied().length >= 1);
        assertEquals(0, flyway.info().pending().length);
        Set<String> tables = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            String expected = System.getProperty("hifazat.test.db-kind", "h2").equals("mariadb") ? "mariadb" : "h2";
            assertTrue(
                    c.getMetaData().getDatabaseProductName().toLowerCase().contains(expected),
                    "running on " + c.getMetaData().getDatabaseProductName());
        }
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        assertTrue(
                tables.containsAll(List.of(
                        "province", "district", "school", "school_class", "pupil", "adult_account", "audit_event")),
                tables.toString());
    }

    @Test
    @TestTransaction
    void demoSchoolHasSixAdultsAndAGradeFourClassOfThirty() {
        School school = School.findByEmisCode(DemoSchool.EMIS_CODE).orElseThrow();
        SchoolClass grade4 = SchoolClass.findByClassCode(DemoSchool.CLASS_CODE).orElseThrow();
        assertEquals(school.id, grade4.school.id);
        assertEquals(4, grade4.grade);
        assertTrue(grade4.usesPictures());
        List<Pupil> pupils = Pupil.listInClass(grade4);
        assertEquals(30, pupils.size());
        for (String username : List.of("teacher", "head", "ministry", "province", "district", "admin")) {
            assertTrue(AdultAccount.findByUsername(username).isPresent(), username);
        }
        assertEquals("teacher", grade4.teacher.username);
    }

    @Test
    @TestTransaction
    void pupilSecretsAreKeyedHashesNeverThePicturesThemselves() {
        SchoolClass grade4 = SchoolClass.findByClassCode(DemoSchool.CLASS_CODE).orElseThrow();
        Pupil first = Pupil.listInClass(grade4).stream()
                .filter(p -> p.displayName.equals("Ayesha K."))
                .findFirst()
                .orElseThrow();
        String pictures = DemoSchool.picturesOf(0);
        assertEquals(keys.pupilSecretHash(grade4.id, pictures), first.signInSecret);
        assertTrue(!first.signInSecret.contains("+"));
        // the same pictures in another class hash differently
        assertNotEquals(keys.pupilSecretHash(grade4.id + 1, pictures), first.signInSecret);
    }
}

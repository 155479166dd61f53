package org.hifazat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hifazat.TestSchools;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.District;
import org.hifazat.school.School;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** A campaign over thousands of classes is a couple of statements, not a query per class. */
@QuarkusTest
class CampaignScaleTest {

    private static final Logger LOG = Logger.getLogger(CampaignScaleTest.class);
    static final int SCHOOLS = 250;
    static final int MATCHING_PER_SCHOOL = 12;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CampaignService campaigns;

    @Test
    void aDistrictWithThousandsOfClassesIsReachedInOneGo() throws SQLException {
        String district = CampaignFixture.district("PB");
        long districtId = QuarkusTransaction.requiringNew()
                .call(() -> District.findByCode(district).orElseThrow().id);
        String prefix = TestSchools.fresh("K").toUpperCase();
        writeSchoolsAndClasses(districtId, prefix);

        long officialId = QuarkusTransaction.requiringNew()
                .call(() -> AdultAccount.findByUsername("ministry").orElseThrow().id);
        LocalDate today = LocalDate.now();
        CampaignForm form = CampaignForm.read(
                "Scale " + prefix,
                CampaignFixture.MODULE,
                List.of("3", "4"),
                today.toString(),
                today.plusDays(3).toString(),
                today);
        long started = System.nanoTime();
        long id = QuarkusTransaction.requiringNew()
                .call(() -> campaigns.create(officialId, form, "district:" + district, "test").id);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Campaign over %d classes created in %d ms", SCHOOLS * MATCHING_PER_SCHOOL, millis);

        assertEquals(
                SCHOOLS * MATCHING_PER_SCHOOL,
                CampaignFixture.reachedClasses(id).size());
        assertEquals(
                SCHOOLS * MATCHING_PER_SCHOOL,
                CampaignFixture.assignedClasses(id).size());
        // generous for a shared two-core machine; a statement per class takes far longer
        assertTrue(millis < 20_000, millis + " ms");
    }

    /** 250 schools, each with 12 classes of grades 3-4 and 4 of grade 6 (not matching), in JDBC batches. */
    private void writeSchoolsAndClasses(long districtId, String prefix) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement school = c.prepareStatement("insert into school (district_id, emis_code, name,"
                    + " level, locality, created_at) values (?, ?, ?, 'primary', 'urban', ?)")) {
                for (int s = 0; s < SCHOOLS; s++) {
                    school.setLong(1, districtId);
                    school.setString(2, prefix + "-" + s);
                    school.setString(3, "Scale school " + s);
                    school.setTimestamp(4, now);
                    school.addBatch();
                }
                school.executeBatch();
            }
            // Plain VALUES rows: MariaDB's bulk protocol does not take INSERT ... SELECT.
            java.util.Map<String, Long> schoolIds = new java.util.HashMap<>();
            try (PreparedStatement ids =
                    c.prepareStatement("select id, emis_code from school where emis_code like ?")) {
                ids.setString(1, prefix + "-%");
                try (java.sql.ResultSet rows = ids.executeQuery()) {
                    while (rows.next()) {
                        schoolIds.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement klass = c.prepareStatement("insert into school_class (school_id, grade, section,"
                    + " class_code, language, archived, open_flag, created_at)"
                    + " values (?, ?, ?, ?, 'en', false, true, ?)")) {
                int serial = 0;
                for (int s = 0; s < SCHOOLS; s++) {
                    for (int k = 0; k < MATCHING_PER_SCHOOL + 4; k++) {
                        klass.setLong(1, schoolIds.get(prefix + "-" + s));
                        klass.setInt(2, k < MATCHING_PER_SCHOOL ? 3 + k % 2 : 6);
                        klass.setString(3, "S" + k);
                        klass.setString(
                                4, (prefix.length() > 6 ? prefix.substring(prefix.length() - 6) : prefix) + serial++);
                        klass.setTimestamp(5, now);
                        klass.addBatch();
                    }
                }
                klass.executeBatch();
            }
            c.commit();
        }
        assertEquals((long) SCHOOLS, (long)
                QuarkusTransaction.requiringNew().call(() -> School.count("emisCode like ?1", prefix + "-%")));
    }
}

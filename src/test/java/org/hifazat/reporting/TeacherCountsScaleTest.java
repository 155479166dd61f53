package org.hifazat.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.training.TrainedTeachers;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Teachers trained at national scale: 2,000 schools with 25,000 teachers, 10,000 of them certified, counted by
 * grouped queries over indexes, never row by row.
 */
@QuarkusTest
class TeacherCountsScaleTest {

    private static final Logger LOG = Logger.getLogger(TeacherCountsScaleTest.class);
    static final int DISTRICTS = 20;
    static final int SCHOOLS_PER_DISTRICT = 100;
    static final int TEACHERS = 25_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TrainedTeachers trained;

    @Test
    void aProvinceOfTwoThousandSchoolsIsCountedQuickly() throws SQLException {
        String province = ReportFixture.province("Scaleland");
        List<Long> districts = new ArrayList<>();
        for (int d = 0; d < DISTRICTS; d++) {
            String code = ReportFixture.district(province, "Scale district " + d);
            districts.add(QuarkusTransaction.requiringNew()
                    .call(() -> District.findByCode(code).orElseThrow().id));
        }
        long provinceId = QuarkusTransaction.requiringNew()
                .call(() -> Province.findByCode(province).orElseThrow().id);
        write(province, districts);

        long started = System.nanoTime();
        Map<Long, TrainedTeachers.Teachers> byDistrict = QuarkusTransaction.requiringNew()
                .call(() -> trained.perArea(TrainedTeachers.Area.DISTRICT, provinceId, null));
        long provinceMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Map<Long, TrainedTeachers.Teachers> bySchool = QuarkusTransaction.requiringNew()
                .call(() -> trained.perArea(TrainedTeachers.Area.SCHOOL, null, districts.get(0)));
        long districtMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Map<Long, TrainedTeachers.Teachers> national = QuarkusTransaction.requiringNew()
                .call(() -> trained.perArea(TrainedTeachers.Area.PROVINCE, null, null));
        long nationalMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Forms official = Forms.signedIn(ReportFixture.ministry(ScopeType.PROVINCE, province));
        List<List<String>> page =
                ReportExportTest.screen(official.open("/ministry/dashboard").asString());
        long pageMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof(
                "Teachers of %d schools counted: by district %d ms, by school of a district %d ms, by province"
                        + " nationally %d ms; the province's dashboard page with sign-in %d ms",
                DISTRICTS * SCHOOLS_PER_DISTRICT, provinceMillis, districtMillis, nationalMillis, pageMillis);

        assertEquals(DISTRICTS, byDistrict.size());
        assertEquals(
                TEACHERS,
                byDistrict.values().stream()
                        .mapToLong(TrainedTeachers.Teachers::teachers)
                        .sum());
        assertEquals(
                TEACHERS * 2 / 5,
                byDistrict.values().stream()
                        .mapToLong(TrainedTeachers.Teachers::trained)
                        .sum());
        assertEquals(SCHOOLS_PER_DISTRICT, bySchool.size());
        assertEquals(new TrainedTeachers.Teachers(TEACHERS, TEACHERS * 2 / 5), national.get(provinceId));
        List<String> total = page.get(page.size() - 1);
        assertEquals(List.of("25000", "10000", "40"), total.subList(total.size() - 3, total.size()));
        // generous for a shared two-core machine; a query per school or teacher takes far longer
        assertTrue(provinceMillis + districtMillis + nationalMillis < 10_000, provinceMillis + " ms");
    }

    /** 100 schools per district and 12 or 13 teachers per school, two in five certified, in JDBC batches. */
    private void write(String prefix, List<Long> districts) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement school = c.prepareStatement("insert into school (district_id, emis_code, name,"
                    + " level, locality, created_at) values (?, ?, ?, 'primary', 'urban', ?)")) {
                for (int s = 0; s < DISTRICTS * SCHOOLS_PER_DISTRICT; s++) {
                    school.setLong(1, districts.get(s / SCHOOLS_PER_DISTRICT));
                    school.setString(2, prefix + "-" + s);
                    school.setString(3, "Scale school " + s);
                    school.setTimestamp(4, now);
                    school.addBatch();
                }
                school.executeBatch();
            }
            List<Long> schools = ids(c, "select id from school where emis_code like ? order by id", prefix + "-%");
            try (PreparedStatement adult = c.prepareStatement("insert into adult_account (username, display_name,"
                    + " role, scope_type, school_id, language, active, created_at)"
                    + " values (?, ?, 'TEACHER', 'SCHOOL', ?, 'en', true, ?)")) {
                for (int t = 0; t < TEACHERS; t++) {
                    adult.setString(1, prefix.toLowerCase() + "-t" + t);
                    adult.setString(2, "Scale teacher " + t);
                    adult.setLong(3, schools.get(t % schools.size()));
                    adult.setTimestamp(4, now);
                    adult.addBatch();
                    if (t % 5000 == 4999) {
                        adult.executeBatch();
                    }
                }
                adult.executeBatch();
            }
            // plain VALUES rows: MariaDB's bulk protocol does not take INSERT ... SELECT
            List<long[]> teachers = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("select id, school_id from adult_account where username like ? order by id")) {
                s.setString(1, prefix.toLowerCase() + "-t%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        teachers.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            try (PreparedStatement certificate = c.prepareStatement("insert into training_certificate (code, adult_id,"
                    + " school_id, holder_name, issued_at) values (?, ?, ?, 'Scale teacher', ?)")) {
                for (int t = 0; t < teachers.size(); t++) {
                    if (t % 5 < 2) {
                        certificate.setString(1, prefix + "C" + t);
                        certificate.setLong(2, teachers.get(t)[0]);
                        certificate.setLong(3, teachers.get(t)[1]);
                        certificate.setTimestamp(4, now);
                        certificate.addBatch();
                    }
                }
                certificate.executeBatch();
            }
            c.commit();
        }
    }

    private static List<Long> ids(Connection c, String sql, String like) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}

package org.hifazat.identity;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hifazat.Forms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pupil sign-in throttle counts in the database: two throttles over one database stand for two instances behind
 * a load balancer, and the limits hold for the sum of what both saw.
 */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    AgroalDataSource dataSource;

    private Instant now = Instant.now();
    private SignInThrottle first;
    private SignInThrottle second;

    @BeforeEach
    void twoInstances() throws SQLException {
        update("delete from sign_in_failure");
        first = instance();
        second = instance();
    }

    @AfterEach
    void forgetFailures() throws SQLException {
        update("delete from sign_in_failure");
    }

    private SignInThrottle instance() {
        SignInThrottle throttle = new SignInThrottle();
        throttle.dataSource = dataSource;
        throttle.clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        };
        return throttle;
    }

    @Test
    void aClassCodeIsBlockedAfterManyFailuresOnEitherInstanceAndFreedWhenTheWindowPasses() {
        for (int i = 0; i < SignInThrottle.FAILURES_PER_CLASS - 1; i++) {
            (i % 2 == 0 ? first : second).failedSecret("HZDEM4", "10.0.0." + (i % 50));
        }
        assertFalse(first.classBlocked("HZDEM4"));
        assertFalse(second.classBlocked("HZDEM4"));
        second.failedSecret("HZDEM4", "10.0.0.99");
        assertTrue(first.classBlocked("HZDEM4"), "the instance that saw half the failures blocks too");
        assertTrue(second.classBlocked("HZDEM4"));
        assertTrue(first.blocked("HZDEM4", "10.0.0.200"), "from any address");
        assertFalse(first.classBlocked("ABCDEF"), "other classes are not affected");
        assertFalse(first.blocked("ABCDEF", "10.0.0.99"));

        now = now.plus(SignInThrottle.WINDOW).minusSeconds(1);
        assertTrue(second.classBlocked("HZDEM4"), "still within the window");
        now = now.plus(Duration.ofSeconds(2));
        assertFalse(first.classBlocked("HZDEM4"));
        assertFalse(second.classBlocked("HZDEM4"));
    }

    @Test
    void anAddressGuessingClassCodesIsBlockedOnBothInstances() {
        for (int i = 0; i < SignInThrottle.UNKNOWN_CODES_PER_ADDRESS; i++) {
            (i % 3 == 0 ? first : second).unknownCode("192.0.2.7");
        }
        assertTrue(first.addressBlocked("192.0.2.7"));
        assertTrue(second.addressBlocked("192.0.2.7"));
        assertTrue(first.blocked("HZDEM4", "192.0.2.7"));
        assertFalse(second.addressBlocked("192.0.2.8"));
        now = now.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertFalse(first.addressBlocked("192.0.2.7"));
    }

    @Test
    void anAddressWithManyWrongSecretsIsBlocked() {
        for (int i = 0; i < SignInThrottle.FAILURES_PER_ADDRESS; i++) {
            (i % 2 == 0 ? first : second).failedSecret("CLASS" + (i % 7), "192.0.2.9");
        }
        assertTrue(first.addressBlocked("192.0.2.9"));
        assertTrue(second.blocked("OTHER1", "192.0.2.9"));
        assertFalse(second.classBlocked("CLASS1"), "each class saw fewer than its own limit");
    }

    @Test
    void nothingIsWrittenPastALimitAndOldFailuresAreDeleted() throws SQLException {
        for (int i = 0; i < SignInThrottle.UNKNOWN_CODES_PER_ADDRESS * 3; i++) {
            (i % 2 == 0 ? first : second).unknownCode("192.0.2.10");
        }
        assertEquals(SignInThrottle.UNKNOWN_CODES_PER_ADDRESS, rows(), "a blocked key gets no more rows");
        now = now.plus(Duration.ofMinutes(3));
        first.failedSecret("HZDEM4", "192.0.2.11");
        assertEquals(SignInThrottle.UNKNOWN_CODES_PER_ADDRESS + 2, rows());

        now = now.plus(Duration.ofMinutes(3));
        assertEquals(SignInThrottle.UNKNOWN_CODES_PER_ADDRESS, second.cleanUp(), "only the old failures go");
        assertEquals(2, rows());
        assertFalse(first.addressBlocked("192.0.2.10"));
        now = now.plus(SignInThrottle.WINDOW);
        assertEquals(2, first.cleanUp());
        assertEquals(0, rows());
    }

    @Test
    void theClassCodePageRefusesAnAddressThatGuessedTooManyCodes() {
        Forms tablet = new Forms();
        tablet.open("/class");
        for (int i = 0; i < SignInThrottle.UNKNOWN_CODES_PER_ADDRESS; i++) {
            tablet.post("/class", "code", "ZZZZ" + (10 + i)).then().statusCode(404);
        }
        tablet.post("/class", "code", "HZDEM4").then().statusCode(429).body(containsString("Too many tries from here"));
    }

    private int rows() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from sign_in_failure")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}

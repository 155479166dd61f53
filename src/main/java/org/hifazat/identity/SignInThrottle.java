package org.hifazat.identity;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Online throttling of pupil sign-in: failures per class code, failures and unknown class codes per client address,
 * each counted over the last {@link #WINDOW}. Successful sign-ins are never limited (a class of 60, or a whole
 * school behind one address, signs in at the same minute). Per-pupil locks live on the pupil's row.
 *
 * <p>The counts are kept in the database (table {@code sign_in_failure}), not in memory: instances share nothing but
 * the database, and a load balancer spreads one attacker's requests over all of them, so counters kept per instance
 * would give N instances N times the tries (and forget them whenever an instance restarts). A shared cache (Redis and
 * the like) is not part of the stack, and dividing the limits by the number of instances fails as soon as autoscaling
 * changes that number or the balancer is not perfectly even. The database costs one indexed read per sign-in step
 * that can be refused; writes happen only on failures (a pupil's slip or an attack), one row per key and failure.
 * A key at its limit gets no more rows, so an attacker cannot grow the table (a blocked request is refused before
 * anything is written, and past the limit nothing is added), and rows older than the window are deleted every minute
 * by every instance (deleting is idempotent, so several instances may do it at once).
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int FAILURES_PER_CLASS = 60;
    static final int FAILURES_PER_ADDRESS = 200;
    static final int UNKNOWN_CODES_PER_ADDRESS = 20;
    private static final int MAX_KEY_LENGTH = 80;

    @Inject
    AgroalDataSource dataSource;

    Clock clock = Clock.systemUTC();

    public boolean classBlocked(String classCode) {
        return blocked(Map.of(classKey(classCode), FAILURES_PER_CLASS));
    }

    public boolean addressBlocked(String address) {
        return blocked(addressLimits(address));
    }

    /** Whether a secret for this class from this address is refused: {@link #classBlocked} or {@link #addressBlocked}. */
    public boolean blocked(String classCode, String address) {
        Map<String, Integer> limits = new LinkedHashMap<>(addressLimits(address));
        limits.put(classKey(classCode), FAILURES_PER_CLASS);
        return blocked(limits);
    }

    public void failedSecret(String classCode, String address) {
        record(Map.of(classKey(classCode), FAILURES_PER_CLASS, key("fail:", address), FAILURES_PER_ADDRESS));
    }

    public void unknownCode(String address) {
        record(Map.of(key("code:", address), UNKNOWN_CODES_PER_ADDRESS));
    }

    @Scheduled(
            identity = "sign-in-throttle-clean-up",
            every = "${hifazat.identity.throttle-clean-up-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCleanUp() {
        cleanUp();
    }

    /** Deletes failures that no longer count; returns how many. */
    public int cleanUp() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("delete from sign_in_failure where failed_at < ?")) {
                s.setTimestamp(1, windowStart());
                return s.executeUpdate();
            }
        });
    }

    private static Map<String, Integer> addressLimits(String address) {
        return Map.of(
                key("fail:", address), FAILURES_PER_ADDRESS,
                key("code:", address), UNKNOWN_CODES_PER_ADDRESS);
    }

    private static String classKey(String classCode) {
        return key("class:", classCode);
    }

    private static String key(String kind, String subject) {
        String key = kind + (subject == null ? "" : subject);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private boolean blocked(Map<String, Integer> limits) {
        Map<String, Integer> counts = counts(List.copyOf(limits.keySet()));
        return limits.entrySet().stream().anyMatch(e -> counts.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    /** Adds one failure to every key still under its limit, in a transaction of its own. */
    private void record(Map<String, Integer> limits) {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, Integer> counts = counts(List.copyOf(limits.keySet()));
            List<String> under = limits.entrySet().stream()
                    .filter(e -> counts.getOrDefault(e.getKey(), 0) < e.getValue())
                    .map(Map.Entry::getKey)
                    .toList();
            if (under.isEmpty()) {
                return;
            }
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s =
                            c.prepareStatement("insert into sign_in_failure (failure_key, failed_at) values (?, ?)")) {
                Timestamp now = utc(clock.instant());
                for (String key : under) {
                    s.setString(1, key);
                    s.setTimestamp(2, now);
                    s.addBatch();
                }
                s.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("sign-in failures not recorded", e);
            }
        });
    }

    private Map<String, Integer> counts(List<String> keys) {
        String marks = String.join(", ", keys.stream().map(k -> "?").toList());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select failure_key, count(*) from sign_in_failure"
                        + " where failure_key in (" + marks + ") and failed_at >= ? group by failure_key")) {
            for (int i = 0; i < keys.size(); i++) {
                s.setString(i + 1, keys.get(i));
            }
            s.setTimestamp(keys.size() + 1, windowStart());
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in failures not counted", e);
        }
    }

    private Timestamp windowStart() {
        return utc(clock.instant().minus(WINDOW));
    }

    /** Times are stored as UTC wall-clock times, whatever the zone of the instance. */
    private static Timestamp utc(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}

package org.hifazat.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Online throttling of pupil sign-in, per instance: failures per class code, failures and unknown class codes per
 * client address. Successful sign-ins are never limited (a class of 60, or a whole school behind one address, signs
 * in at the same minute). Per-pupil locks live in the database and hold across instances.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int FAILURES_PER_CLASS = 60;
    static final int FAILURES_PER_ADDRESS = 200;
    static final int UNKNOWN_CODES_PER_ADDRESS = 20;
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    public boolean classBlocked(String classCode) {
        return count("class:" + classCode) >= FAILURES_PER_CLASS;
    }

    public boolean addressBlocked(String address) {
        return count("fail:" + address) >= FAILURES_PER_ADDRESS
                || count("code:" + address) >= UNKNOWN_CODES_PER_ADDRESS;
    }

    public void failedSecret(String classCode, String address) {
        add("class:" + classCode);
        add("fail:" + address);
    }

    public void unknownCode(String address) {
        add("code:" + address);
    }

    private int count(String key) {
        Deque<Long> times = events.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void add(String key) {
        if (events.size() > MAX_KEYS) {
            // Under a flood of distinct keys, forget old windows rather than grow without bound.
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Long> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.millis());
        }
    }

    private void prune(Deque<Long> times) {
        long oldest = clock.millis() - WINDOW.toMillis();
        while (!times.isEmpty() && times.peekFirst() < oldest) {
            times.pollFirst();
        }
    }
}

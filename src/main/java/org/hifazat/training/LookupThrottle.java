package org.hifazat.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits unknown verification codes per client address and instance: after {@link #MISSES} misses in a
 * {@link #WINDOW}, lookups from that address wait until the window ends. Codes are far too many to guess anyway;
 * this keeps anyone from trying. Valid codes never count, so an employer checking many certificates is not held up.
 */
@ApplicationScoped
public class LookupThrottle {

    static final int MISSES = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int MAX_ADDRESSES = 50_000;

    /** Misses in the current window of an address. */
    private record Window(long startedAt, int misses) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    public boolean blocked(String address) {
        Window window = windows.get(address);
        return window != null && current(window) && window.misses() >= MISSES;
    }

    public void miss(String address) {
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> !current(w));
        }
        windows.compute(
                address,
                (a, w) -> w == null || !current(w)
                        ? new Window(clock.millis(), 1)
                        : new Window(w.startedAt(), w.misses() + 1));
    }

    private boolean current(Window window) {
        return clock.millis() - window.startedAt() < WINDOW.toMillis();
    }
}

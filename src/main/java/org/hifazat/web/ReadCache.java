package org.hifazat.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.function.Function;

/**
 * Facts that every pupil page reads and that change rarely (who the pupil is, which modules their class has open),
 * kept for a few seconds on each instance so that a lesson page needs no database round trip (deploy/bench/
 * RESULTS.md). A writer forgets an entry when its transaction ends, so this instance sees the change at once; other
 * instances see it when the entry expires ({@code hifazat.web.read-cache-for}, 10 s; zero turns caching off).
 *
 * @param <K> the key, an id
 * @param <V> what is kept; a load that finds nothing returns null, which is never kept
 */
public final class ReadCache<K, V> {

    private final Cache<K, V> entries;

    public ReadCache(Duration keepFor, long maxEntries) {
        this.entries = keepFor.isZero() || keepFor.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(keepFor)
                        .maximumSize(maxEntries)
                        .build();
    }

    /** The kept value, or what {@code load} reads now (kept unless it is null). */
    public V get(K key, Function<? super K, ? extends V> load) {
        return entries == null ? load.apply(key) : entries.get(key, load);
    }

    /** Forgets one entry now and again when the caller's transaction (if any) ends. */
    public void forget(K key, TransactionSynchronizationRegistry transactions) {
        if (entries != null) {
            entries.invalidate(key);
            afterTransaction(transactions, () -> entries.invalidate(key));
        }
    }

    /** Forgets every entry now and again when the caller's transaction (if any) ends: for set-based writes. */
    public void forgetAll(TransactionSynchronizationRegistry transactions) {
        if (entries != null) {
            entries.invalidateAll();
            afterTransaction(transactions, entries::invalidateAll);
        }
    }

    private static void afterTransaction(TransactionSynchronizationRegistry transactions, Runnable action) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        // a reader between the first forget and the commit may have kept the old value: forget it once more
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}

package org.hifazat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    /** A registry that is inside a transaction and runs the registered actions when told the transaction ended. */
    static class OpenTransaction implements TransactionSynchronizationRegistry {
        final List<Synchronization> registered = new ArrayList<>();
        int status = Status.STATUS_ACTIVE;

        void commit() {
            status = Status.STATUS_COMMITTED;
            registered.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    static final class NoTransaction extends OpenTransaction {
        NoTransaction() {
            status = Status.STATUS_NO_TRANSACTION;
        }
    }

    @Test
    void keepsWhatWasReadUntilForgotten() {
        AtomicInteger reads = new AtomicInteger();
        ReadCache<Long, String> cache = new ReadCache<>(Duration.ofMinutes(1), 10);
        assertEquals("v1", cache.get(1L, k -> "v" + reads.incrementAndGet()));
        assertEquals("v1", cache.get(1L, k -> "v" + reads.incrementAndGet()));
        assertEquals(1, reads.get());
        cache.forget(1L, new NoTransaction());
        assertEquals("v2", cache.get(1L, k -> "v" + reads.incrementAndGet()));
        cache.forgetAll(new NoTransaction());
        assertEquals("v3", cache.get(1L, k -> "v" + reads.incrementAndGet()));
    }

    @Test
    void nothingFoundIsNeverKept() {
        AtomicInteger reads = new AtomicInteger();
        ReadCache<Long, String> cache = new ReadCache<>(Duration.ofMinutes(1), 10);
        assertNull(cache.get(7L, k -> {
            reads.incrementAndGet();
            return null;
        }));
        assertEquals("found", cache.get(7L, k -> "found"));
        assertEquals(1, reads.get());
    }

    @Test
    void aValueReadBeforeTheWriterCommitsIsForgottenAtTheCommit() {
        ReadCache<Long, String> cache = new ReadCache<>(Duration.ofMinutes(1), 10);
        cache.get(1L, k -> "old");
        OpenTransaction writer = new OpenTransaction();
        cache.forget(1L, writer);
        // another request reads the row the writer has not committed yet, and keeps the old value
        assertEquals("old", cache.get(1L, k -> "old"));
        writer.commit();
        assertEquals("new", cache.get(1L, k -> "new"));
    }

    @Test
    void zeroTurnsItOff() {
        AtomicInteger reads = new AtomicInteger();
        ReadCache<Long, Integer> cache = new ReadCache<>(Duration.ZERO, 10);
        cache.get(1L, k -> reads.incrementAndGet());
        cache.get(1L, k -> reads.incrementAndGet());
        assertEquals(2, reads.get());
    }
}

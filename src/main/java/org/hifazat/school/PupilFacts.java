package org.hifazat.school;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hifazat.web.ReadCache;

/**
 * Who a signed-in pupil is (class, grade, name), read on every pupil page: kept a few seconds per instance
 * ({@link ReadCache}). The roster and class pages forget a pupil or a class's pupils when they change them.
 */
@ApplicationScoped
public class PupilFacts {

    public record Facts(long pupilId, long classId, int grade, String displayName) {}

    /** Enough for every pupil signed in on one instance at a busy hour. */
    static final long MAX_KEPT = 200_000;

    @ConfigProperty(name = "hifazat.web.read-cache-for")
    Duration keepFor;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private ReadCache<Long, Facts> kept;

    @PostConstruct
    void init() {
        kept = new ReadCache<>(keepFor, MAX_KEPT);
    }

    /** The pupil, or empty when they no longer exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Facts> of(long pupilId) {
        return Optional.ofNullable(kept.get(pupilId, this::read));
    }

    /** After a pupil is renamed or deleted. */
    public void forget(long pupilId) {
        kept.forget(pupilId, transactions);
    }

    /** After a class changes grade or is archived: rare, so every pupil is read again. */
    public void forgetAll() {
        kept.forgetAll(transactions);
    }

    private Facts read(long pupilId) {
        Pupil pupil = Pupil.<Pupil>find("from Pupil p join fetch p.schoolClass where p.id = ?1", pupilId)
                .firstResult();
        return pupil == null
                ? null
                : new Facts(pupil.id, pupil.schoolClass.id, pupil.schoolClass.grade, pupil.displayName);
    }
}

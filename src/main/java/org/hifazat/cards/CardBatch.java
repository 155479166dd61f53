package org.hifazat.cards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.SchoolClass;

/** Fresh secrets of one class waiting to be printed, sealed with a key only the teacher's browser holds. */
@Entity
public class CardBatch extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String batchKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AdultAccount createdBy;

    public String sealedSecrets;
    public int cardCount;
    public LocalDateTime createdAt;
    public LocalDateTime expiresAt;

    /** The class's batch with this key, if it has not expired. */
    public static Optional<CardBatch> findLive(SchoolClass schoolClass, String batchKey, LocalDateTime now) {
        return find("batchKey = ?1 and schoolClass = ?2 and expiresAt > ?3", batchKey, schoolClass, now)
                .firstResultOptional();
    }

    public static long deleteExpired(LocalDateTime now) {
        return delete("expiresAt <= ?1", now);
    }
}

package org.hifazat.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.SchoolClass;

/** A class list that passed every check and waits for the teacher to confirm it: names only, one a line. */
@Entity
public class RosterDraft extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String draftKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    public AdultAccount createdBy;

    /** "first name TAB initial" lines. */
    public String names;

    public int nameCount;
    public LocalDateTime createdAt;
    public LocalDateTime expiresAt;

    public static Optional<RosterDraft> findLive(SchoolClass schoolClass, String draftKey, LocalDateTime now) {
        return find("draftKey = ?1 and schoolClass = ?2 and expiresAt > ?3", draftKey, schoolClass, now)
                .firstResultOptional();
    }

    public static long deleteExpired(LocalDateTime now) {
        return delete("expiresAt <= ?1", now);
    }

    public List<PupilNames.Name> nameList() {
        return Arrays.stream(names.split("\n"))
                .filter(l -> !l.isEmpty())
                .map(l -> l.split("\t", 2))
                .map(p -> new PupilNames.Name(p[0], p[1]))
                .toList();
    }

    public void storeNames(List<PupilNames.Name> list) {
        StringBuilder text = new StringBuilder();
        list.forEach(
                n -> text.append(n.firstName()).append('\t').append(n.initial()).append('\n'));
        names = text.toString();
        nameCount = list.size();
    }
}

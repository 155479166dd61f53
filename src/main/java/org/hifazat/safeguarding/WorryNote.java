package org.hifazat.safeguarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import java.util.List;
import org.hifazat.identity.AdultAccount;

/** A private note of the class teacher (or of the head teacher, once shared) on a worry report. */
@Entity
public class WorryNote extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public WorryReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public AdultAccount author;

    public String body;
    public LocalDateTime createdAt;

    public static List<WorryNote> listOf(WorryReport report) {
        return list("from WorryNote n join fetch n.author where n.report = ?1 order by n.createdAt, n.id", report);
    }
}

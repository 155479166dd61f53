package org.hifazat.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** One unit named on a certificate, with its title, best score and mastery date as they were. */
@Entity
public class CertificateUnit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    public Certificate certificate;

    public String moduleId;
    public String contentVersion;
    public String titleEn;
    public String titleUr;
    public int bestScore;
    public LocalDateTime masteredAt;

    public String title(String lang) {
        return "ur".equals(lang) ? titleUr : titleEn;
    }
}

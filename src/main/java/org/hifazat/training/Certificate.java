package org.hifazat.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.School;

/** A teacher-track certificate: who, where and when, as on the day it was issued, and its verification code. */
@Entity
@Table(name = "training_certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 20 characters of {@link CertificateCodes}' alphabet, without dashes. */
    public String code;

    /** Null once the account is deleted; the certificate stays verifiable. */
    @ManyToOne(fetch = FetchType.LAZY)
    public AdultAccount adult;

    @ManyToOne(fetch = FetchType.LAZY)
    public School school;

    public String holderName;
    public LocalDateTime issuedAt;

    @OneToMany(mappedBy = "certificate")
    @OrderBy("moduleId")
    public List<CertificateUnit> units = new ArrayList<>();

    /** A new certificate for this adult as they are now, with a fresh code; the caller adds the units. */
    public static Certificate issueTo(AdultAccount adult) {
        Certificate certificate = new Certificate();
        certificate.code = CertificateCodes.fresh();
        certificate.adult = adult;
        certificate.school = adult.school;
        certificate.holderName = adult.displayName;
        certificate.issuedAt = LocalDateTime.now();
        certificate.persist();
        return certificate;
    }

    public static Optional<Certificate> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<Certificate> findForAdult(long adultId) {
        return find("adult.id", adultId).firstResultOptional();
    }
}

package org.hifazat.training;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.List;

/** A certificate as pages show it: the code in groups, the units in both languages. */
@TemplateData
public record CertificateView(String code, String holderName, String school, LocalDate issuedOn, List<Unit> units) {

    @TemplateData
    public record Unit(String titleEn, String titleUr, int score, LocalDate masteredOn) {}

    public static CertificateView of(Certificate certificate) {
        return new CertificateView(
                CertificateCodes.grouped(certificate.code),
                certificate.holderName,
                certificate.school == null
                        ? null
                        : certificate.school.name + " (EMIS " + certificate.school.emisCode + ")",
                certificate.issuedAt.toLocalDate(),
                certificate.units.stream()
                        .map(u -> new Unit(u.titleEn, u.titleUr, u.bestScore, u.masteredAt.toLocalDate()))
                        .toList());
    }
}

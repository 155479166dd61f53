package org.hifazat.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.audit.AuditLog;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.learning.Learner;
import org.hifazat.learning.LearningService;
import org.hifazat.learning.ModuleMastered;
import org.hifazat.learning.ModuleProgress;
import org.hifazat.school.School;

/** The teacher track: its units, an adult's way through them, and the certificate on mastering them all. */
@ApplicationScoped
@Transactional
public class TrainingService {

    /** One unit of the track and how far an adult is with it; {@code progress} is null before they open it. */
    public record UnitStatus(Module unit, ModuleProgress progress) {

        public boolean mastered() {
            return progress != null && progress.mastered();
        }

        public String statusKey() {
            return "training_status_" + (progress == null ? "new" : progress.status);
        }
    }

    @Inject
    CurriculumService curriculum;

    @Inject
    LearningService learning;

    @Inject
    AuditLog audit;

    /** The units of the track as served now, in the order of their ids (teacher-1-..., teacher-2-...). */
    public List<Module> units() {
        return curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.TEACHER)
                .sorted(Comparator.comparing(Module::id))
                .toList();
    }

    public Optional<Module> unit(String id) {
        return curriculum.module(id).filter(m -> m.audience() == Audience.TEACHER);
    }

    public List<UnitStatus> statusOf(long adultId) {
        Map<String, ModuleProgress> progress = new HashMap<>();
        learning.progressOf(Learner.adult(adultId)).forEach(p -> progress.put(p.moduleId, p));
        return units().stream()
                .map(u -> new UnitStatus(u, progress.get(u.id())))
                .toList();
    }

    /**
     * Every active teacher and head teacher of the school with their units mastered and started (of the units served
     * now) and their certificate: three queries whatever the number of teachers.
     */
    public List<SchoolTrainingPage.Row> schoolProgress(School school) {
        List<AdultAccount> adults = AdultAccount.list(
                "school = ?1 and active = true and role in ?2 order by displayName",
                school,
                List.of(Role.TEACHER, Role.SCHOOL_ADMIN));
        if (adults.isEmpty()) {
            return List.of();
        }
        List<Long> ids = adults.stream().map(a -> a.id).toList();
        List<String> unitIds = units().stream().map(Module::id).toList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!unitIds.isEmpty()) {
            ModuleProgress.<ModuleProgress>list("adultId in ?1 and moduleId in ?2", ids, unitIds)
                    .forEach(p -> {
                        long[] c = counts.computeIfAbsent(p.adultId, k -> new long[2]);
                        c[1]++;
                        c[0] += p.mastered() ? 1 : 0;
                    });
        }
        Map<Long, String> codes = new HashMap<>();
        Certificate.<Certificate>list("adult.id in ?1", ids)
                .forEach(c -> codes.put(c.adult.id, CertificateCodes.grouped(c.code)));
        return adults.stream()
                .map(a -> {
                    long[] c = counts.getOrDefault(a.id, new long[2]);
                    return new SchoolTrainingPage.Row(
                            a.displayName,
                            "training_role_" + a.role.roleName().replace('-', '_'),
                            c[0],
                            c[1],
                            codes.get(a.id));
                })
                .toList();
    }

    public Optional<Certificate> certificateOf(long adultId) {
        return Certificate.findForAdult(adultId);
    }

    /** Issues the certificate when an adult masters the last unit of the track they had not mastered yet. */
    void onMastered(@Observes ModuleMastered event) {
        if (event.learner().kind() != Learner.Kind.ADULT || event.module().audience() != Audience.TEACHER) {
            return;
        }
        long adultId = event.learner().id();
        List<UnitStatus> track = statusOf(adultId);
        boolean all = track.stream()
                .allMatch(
                        s -> s.mastered() || s.unit().id().equals(event.module().id()));
        if (track.isEmpty() || !all || Certificate.findForAdult(adultId).isPresent()) {
            return;
        }
        Certificate certificate = Certificate.issueTo(AdultAccount.findById(adultId));
        for (UnitStatus status : track) {
            ModuleProgress progress =
                    status.unit().id().equals(event.module().id()) ? event.progress() : status.progress();
            CertificateUnit unit = new CertificateUnit();
            unit.certificate = certificate;
            unit.moduleId = status.unit().id();
            unit.contentVersion = progress.contentVersion;
            unit.titleEn = status.unit().title().en();
            unit.titleUr = status.unit().title().ur();
            unit.bestScore = progress.bestScore == null ? 0 : progress.bestScore;
            unit.masteredAt = progress.masteredAt;
            unit.persist();
            certificate.units.add(unit);
        }
        audit.record(
                "adult:" + adultId,
                "certificate-issued",
                "certificate",
                certificate.id.toString(),
                track.size() + " units");
    }
}

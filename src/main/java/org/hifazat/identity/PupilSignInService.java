package org.hifazat.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hifazat.audit.AuditLog;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;

/**
 * Pupil sign-in: class code, own name, then a picture pair or two words. Wrong secrets count per pupil; five in a
 * row lock the pupil for the configured time (15 minutes) until it passes or the teacher unlocks.
 */
@ApplicationScoped
@Transactional
public class PupilSignInService {

    public sealed interface Outcome {
        record SignedIn(long pupilId, String displayName) implements Outcome {}

        record Wrong(int triesLeft) implements Outcome {}

        record Locked() implements Outcome {}

        record Unknown() implements Outcome {}
    }

    @Inject
    IdentityConfig config;

    @Inject
    ServerKeys keys;

    @Inject
    AuditLog audit;

    /** What the sign-in pages show of a pupil: the name only. */
    public record PupilCard(long id, String displayName, boolean pictures, boolean locked) {}

    /** A class as the name-picking page shows it. */
    public record Roster(String classCode, int grade, String section, List<PupilCard> pupils) {}

    public Optional<Roster> roster(String classCode) {
        return openClass(classCode)
                .map(c -> new Roster(
                        c.classCode,
                        c.grade,
                        c.section,
                        Pupil.listInClass(c).stream()
                                .map(PupilSignInService::card)
                                .toList()));
    }

    /** The pupil of that class, or empty: a pupil id from another class is treated as unknown. */
    public Optional<PupilCard> pupil(String classCode, long pupilId) {
        return openClass(classCode).flatMap(c -> pupilOf(c, pupilId)).map(PupilSignInService::card);
    }

    public boolean classExists(String classCode) {
        return openClass(classCode).isPresent();
    }

    private static Optional<SchoolClass> openClass(String classCode) {
        return SchoolClass.findByClassCode(classCode).filter(c -> !c.archived);
    }

    private static Optional<Pupil> pupilOf(SchoolClass schoolClass, long pupilId) {
        return Pupil.<Pupil>findByIdOptional(pupilId).filter(p -> p.schoolClass.id.equals(schoolClass.id));
    }

    private static PupilCard card(Pupil p) {
        boolean locked = p.lockedUntil != null && p.lockedUntil.isAfter(LocalDateTime.now());
        return new PupilCard(p.id, p.displayName, p.schoolClass.usesPictures(), locked);
    }

    public Outcome signIn(String classCode, long pupilId, String secret) {
        Optional<Pupil> found = openClass(classCode).flatMap(c -> pupilOf(c, pupilId));
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        Pupil pupil = found.get();
        LocalDateTime now = LocalDateTime.now();
        if (pupil.lockedUntil != null && pupil.lockedUntil.isAfter(now)) {
            return new Outcome.Locked();
        }
        String expected = pupil.signInSecret;
        if (secret != null && expected.equals(keys.pupilSecretHash(pupil.schoolClass.id, secret))) {
            pupil.failedSignIns = 0;
            pupil.lockedUntil = null;
            return new Outcome.SignedIn(pupil.id, pupil.displayName);
        }
        pupil.failedSignIns++;
        if (pupil.failedSignIns >= config.maxFailedSignIns()) {
            pupil.failedSignIns = 0;
            pupil.lockedUntil = now.plus(config.lockDuration());
            audit.record("pupil:" + pupil.id, "pupil-locked", "pupil", pupil.id.toString(), null);
            return new Outcome.Locked();
        }
        return new Outcome.Wrong(config.maxFailedSignIns() - pupil.failedSignIns);
    }

    /** The teacher lets a locked pupil try again at once. */
    public void unlock(long pupilId, String actor) {
        Pupil pupil = Pupil.findById(pupilId);
        pupil.failedSignIns = 0;
        pupil.lockedUntil = null;
        audit.record(actor, "pupil-unlocked", "pupil", pupil.id.toString(), null);
    }
}

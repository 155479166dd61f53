package org.hifazat.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hifazat.audit.AuditLog;
import org.hifazat.cards.FreshSecret;
import org.hifazat.cards.SignInCards;
import org.hifazat.classes.ClassAccess;
import org.hifazat.identity.PupilSignInService;
import org.hifazat.school.Pupil;
import org.hifazat.school.PupilFacts;
import org.hifazat.school.SchoolClass;

/**
 * A class's pupils: adding (each gets a fresh secret to print), renaming, deleting and unlocking. The audit log
 * names pupils by id only, so a deleted pupil's name is gone everywhere.
 */
@ApplicationScoped
@Transactional
public class RosterService {

    /** A pupil as the roster page lists them. */
    public record Entry(long id, String displayName, boolean locked, String lockedUntil) {
        static Entry of(Pupil p, LocalDateTime now) {
            boolean locked = p.lockedAt(now);
            return new Entry(p.id, p.displayName, locked, locked ? p.lockedUntil.format(UNTIL) : "");
        }
    }

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    RosterConfig config;

    @Inject
    PupilFacts pupilFacts;

    @Inject
    SignInCards cards;

    @Inject
    PupilSignInService signIns;

    @Inject
    AuditLog audit;

    public List<Entry> entries(SchoolClass schoolClass) {
        LocalDateTime now = LocalDateTime.now();
        return Pupil.listInClass(schoolClass).stream()
                .map(p -> Entry.of(p, now))
                .toList();
    }

    /** The pupil with this id (as typed in an address) in this class, or 404. */
    public Pupil pupil(SchoolClass schoolClass, String pupilId) {
        return ClassAccess.parseId(pupilId)
                .flatMap(id -> Pupil.findInClass(schoolClass, id))
                .orElseThrow(NotFoundException::new);
    }

    /** Adds one pupil typed by hand; returns their fresh secret, to be printed. */
    public FreshSecret add(SchoolClass schoolClass, String firstName, String initial, String actor) {
        return addAll(schoolClass, List.of(PupilNames.read(firstName, initial)), actor)
                .get(0);
    }

    /** Adds every name or none: a full class or a name already in the class refuses them all. */
    public List<FreshSecret> addAll(SchoolClass schoolClass, List<PupilNames.Name> names, String actor) {
        if (Pupil.countInClass(schoolClass) + names.size() > config.maxPupils()) {
            throw new PupilNames.Problem("roster_problem_full", config.maxPupils());
        }
        Set<String> taken = existingKeys(schoolClass);
        List<Pupil> added = new ArrayList<>();
        for (PupilNames.Name name : names) {
            if (!taken.add(name.key())) {
                throw new PupilNames.Problem("roster_problem_in_class", name.displayName());
            }
            Pupil pupil = new Pupil();
            pupil.schoolClass = schoolClass;
            pupil.displayName = name.displayName();
            pupil.createdAt = LocalDateTime.now();
            // a placeholder until renew() below sets the real hash in the same transaction
            pupil.signInKind = schoolClass.usesPictures() ? "picture" : "words";
            pupil.signInSecret = "-";
            pupil.persist();
            added.add(pupil);
        }
        List<FreshSecret> fresh = cards.renew(schoolClass, added);
        audit.record(
                actor,
                "pupils-added",
                "class",
                schoolClass.id.toString(),
                added.stream().map(p -> p.id.toString()).collect(Collectors.joining(",")));
        return fresh;
    }

    public void rename(SchoolClass schoolClass, Pupil pupil, String firstName, String initial, String actor) {
        PupilNames.Name name = PupilNames.read(firstName, initial);
        Set<String> taken = existingKeys(schoolClass);
        taken.remove(PupilNames.keyOf(pupil.displayName));
        if (taken.contains(name.key())) {
            throw new PupilNames.Problem("roster_problem_in_class", name.displayName());
        }
        pupil.displayName = name.displayName();
        pupilFacts.forget(pupil.id);
        audit.record(actor, "pupil-renamed", "pupil", pupil.id.toString(), null);
    }

    /** Deletes the pupil; the database deletes their progress and keeps their worry reports without the name. */
    public void delete(Pupil pupil, String actor) {
        long id = pupil.id;
        pupil.delete();
        pupilFacts.forget(id);
        audit.record(actor, "pupil-deleted", "pupil", Long.toString(id), null);
    }

    public void unlock(Pupil pupil, String actor) {
        signIns.unlock(pupil.id, actor);
    }

    public Set<String> existingKeys(SchoolClass schoolClass) {
        return Pupil.listInClass(schoolClass).stream()
                .map(p -> PupilNames.keyOf(p.displayName))
                .collect(Collectors.toCollection(HashSet::new));
    }

    public int room(SchoolClass schoolClass) {
        return (int) Math.max(0, config.maxPupils() - Pupil.countInClass(schoolClass));
    }
}

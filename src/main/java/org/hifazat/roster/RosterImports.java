package org.hifazat.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hifazat.cards.FreshSecret;
import org.hifazat.identity.AdultAccount;
import org.hifazat.school.SchoolClass;

/**
 * Importing a class list in two steps: check (every line, nothing written but a draft of the names that passed)
 * and confirm (all names added in one transaction, or none). The draft lives in the database, so the confirmation
 * may reach another instance than the check.
 */
@ApplicationScoped
@Transactional
public class RosterImports {

    /** What checking a file gave: its lines and problems, and the draft to confirm when there were none. */
    public record Checked(RosterCsv.Result result, String draftKey) {}

    /** A draft as the preview shows it. */
    public record Draft(String key, List<PupilNames.Name> names) {}

    @Inject
    RosterConfig config;

    @Inject
    RosterService roster;

    public Checked check(SchoolClass schoolClass, byte[] file, AdultAccount by) {
        RosterCsv.Result result = file.length > config.importMaxBytes()
                ? new RosterCsv.Result(
                        RosterCsv.Problem.of("roster_csv_too_big", config.importMaxBytes() / 1024), List.of())
                : RosterCsv.read(
                        file,
                        new RosterCsv.Target(
                                schoolClass.grade, roster.existingKeys(schoolClass), roster.room(schoolClass)));
        if (!result.importable()) {
            return new Checked(result, null);
        }
        LocalDateTime now = LocalDateTime.now();
        RosterDraft.deleteExpired(now);
        RosterDraft draft = new RosterDraft();
        draft.draftKey = UUID.randomUUID().toString();
        draft.schoolClass = schoolClass;
        draft.createdBy = by;
        draft.storeNames(result.names());
        draft.createdAt = now;
        draft.expiresAt = now.plus(config.draftLifetime());
        draft.persist();
        return new Checked(result, draft.draftKey);
    }

    public Draft draft(SchoolClass schoolClass, String key) {
        RosterDraft draft = live(schoolClass, key);
        return new Draft(draft.draftKey, draft.nameList());
    }

    /**
     * Adds every name of the draft, or none when the class changed since the check (a name added by hand meanwhile,
     * the class filled up): then nothing is written and the teacher checks the file again.
     */
    public List<FreshSecret> confirm(SchoolClass schoolClass, String key, String actor) {
        RosterDraft draft = live(schoolClass, key);
        List<FreshSecret> added = roster.addAll(schoolClass, draft.nameList(), actor);
        draft.delete();
        return added;
    }

    public void cancel(SchoolClass schoolClass, String key) {
        live(schoolClass, key).delete();
    }

    private static RosterDraft live(SchoolClass schoolClass, String key) {
        if (key == null || !key.matches("[0-9a-f-]{36}")) {
            throw new NotFoundException();
        }
        return RosterDraft.findLive(schoolClass, key, LocalDateTime.now()).orElseThrow(NotFoundException::new);
    }
}

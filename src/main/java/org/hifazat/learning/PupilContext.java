package org.hifazat.learning;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Session;
import org.hifazat.school.PupilFacts;

/** The signed-in pupil of this request: their id, class and grade. */
@RequestScoped
public class PupilContext {

    public record Me(long pupilId, long classId, int grade, String displayName) {}

    @Inject
    CurrentUser user;

    @Inject
    PupilFacts pupils;

    private Me me;

    /** Read from a few seconds' cache, so a lesson page needs no query of its own (see deploy/bench/RESULTS.md). */
    public Me me() {
        if (me == null) {
            Session session = user.session().filter(Session::isPupil).orElseThrow(ForbiddenException::new);
            PupilFacts.Facts facts = pupils.of(session.subjectId())
                    // the teacher deleted this pupil while they were signed in
                    .orElseThrow(ForbiddenException::new);
            me = new Me(facts.pupilId(), facts.classId(), facts.grade(), facts.displayName());
        }
        return me;
    }
}

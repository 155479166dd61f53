package org.hifazat.learning;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Session;
import org.hifazat.school.Pupil;

/** The signed-in pupil of this request: their id, class and grade. */
@RequestScoped
public class PupilContext {

    public record Me(long pupilId, long classId, int grade, String displayName) {}

    @Inject
    CurrentUser user;

    private Me me;

    /** Read without a transaction of its own: one query on every pupil page (see deploy/bench/RESULTS.md). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Me me() {
        if (me == null) {
            Session session = user.session().filter(Session::isPupil).orElseThrow(ForbiddenException::new);
            Pupil pupil = Pupil.<Pupil>find(
                            "from Pupil p join fetch p.schoolClass where p.id = ?1", session.subjectId())
                    .firstResult();
            if (pupil == null) {
                // the teacher deleted this pupil while they were signed in
                throw new ForbiddenException();
            }
            me = new Me(pupil.id, pupil.schoolClass.id, pupil.schoolClass.grade, pupil.displayName);
        }
        return me;
    }
}

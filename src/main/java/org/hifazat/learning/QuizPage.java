package org.hifazat.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** A pupil's quiz at /pupil/modules/{module}/quiz. */
@Path("/pupil/modules/{module}/quiz")
@RolesAllowed("pupil")
public class QuizPage extends QuizPlayer {

    @Inject
    PupilPlayer pupil;

    @Override
    protected Player player() {
        return pupil;
    }
}

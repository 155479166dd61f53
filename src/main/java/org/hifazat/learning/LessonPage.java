package org.hifazat.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** A pupil's lesson: the player at /pupil/modules/{module}, for the modules assigned to their class. */
@Path("/pupil/modules/{module}")
@RolesAllowed("pupil")
public class LessonPage extends LessonPlayer {

    @Inject
    PupilPlayer pupil;

    @Override
    protected Player player() {
        return pupil;
    }
}

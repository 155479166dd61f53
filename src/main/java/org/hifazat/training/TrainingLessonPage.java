package org.hifazat.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.hifazat.learning.LessonPlayer;
import org.hifazat.learning.Player;

/** A unit of the teacher track in the pupils' lesson player, at /training/units/{module}. */
@Path("/training/units/{module}")
@RolesAllowed({"teacher", "school-admin"})
public class TrainingLessonPage extends LessonPlayer {

    @Inject
    TrainingPlayer adult;

    @Override
    protected Player player() {
        return adult;
    }
}

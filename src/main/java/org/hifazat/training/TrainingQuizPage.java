package org.hifazat.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.hifazat.learning.Player;
import org.hifazat.learning.QuizPlayer;

/** A unit's quiz at /training/units/{module}/quiz, scored on the server with the pupils' rules of mastery. */
@Path("/training/units/{module}/quiz")
@RolesAllowed({"teacher", "school-admin"})
public class TrainingQuizPage extends QuizPlayer {

    @Inject
    TrainingPlayer adult;

    @Override
    protected Player player() {
        return adult;
    }
}

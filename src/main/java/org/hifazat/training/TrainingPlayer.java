package org.hifazat.training;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.hifazat.curriculum.model.Module;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;
import org.hifazat.identity.Session;
import org.hifazat.learning.Learner;
import org.hifazat.learning.Player;

/** The signed-in teacher or head teacher plays the units of the teacher track. */
@RequestScoped
public class TrainingPlayer implements Player {

    static final Place PLACE = new Place("/training/units", "/training", "training_back", false);

    @Inject
    CurrentUser user;

    @Inject
    TrainingService training;

    @Override
    @Transactional
    public Learner learner() {
        Session session = user.session()
                .filter(s -> s.kind() == Session.Kind.ADULT)
                .filter(s -> Role.TEACHER.roleName().equals(s.role())
                        || Role.SCHOOL_ADMIN.roleName().equals(s.role()))
                .orElseThrow(ForbiddenException::new);
        return Learner.adult(session.subjectId());
    }

    @Override
    public Module module(String moduleId) {
        learner();
        return training.unit(moduleId).orElseThrow(NotFoundException::new);
    }

    @Override
    public Place place() {
        return PLACE;
    }
}

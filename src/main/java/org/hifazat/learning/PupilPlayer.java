package org.hifazat.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hifazat.curriculum.model.Module;

/** The signed-in pupil plays the modules assigned to their class. */
@RequestScoped
public class PupilPlayer implements Player {

    static final Place PLACE = new Place("/pupil/modules", "/pupil", "lesson_back_to_modules", true);

    @Inject
    PupilContext pupil;

    @Inject
    AssignedModules modules;

    @Override
    public Learner learner() {
        return Learner.pupil(pupil.me().pupilId());
    }

    @Override
    public Module module(String moduleId) {
        return modules.open(pupil.me(), moduleId);
    }

    @Override
    public Place place() {
        return PLACE;
    }
}

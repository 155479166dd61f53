package org.hifazat.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Session;
import org.hifazat.school.SchoolClass;

/** On the teacher's and head teacher's start pages: their own training ("2 of 3 units mastered"). */
@ApplicationScoped
public class TrainingSection implements ClassSection {

    @Inject
    CurrentUser user;

    @Inject
    TrainingService training;

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        return Map.of();
    }

    @Override
    public Optional<ClassLink> summary(List<SchoolClass> classes) {
        Optional<Session> adult = user.session().filter(s -> s.kind() == Session.Kind.ADULT);
        if (adult.isEmpty() || training.units().isEmpty()) {
            return Optional.empty();
        }
        long me = adult.get().subjectId();
        long mastered = training.statusOf(me).stream()
                .filter(TrainingService.UnitStatus::mastered)
                .count();
        boolean certified = training.certificateOf(me).isPresent();
        return Optional.of(new ClassLink(
                "training_title",
                "/training",
                certified ? "training_start_certified" : "training_start_count",
                mastered,
                false));
    }
}

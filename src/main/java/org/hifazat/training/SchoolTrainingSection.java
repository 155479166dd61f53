package org.hifazat.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;
import org.hifazat.school.SchoolClass;

/** On the head teacher's start page: the school's teachers' training. */
@ApplicationScoped
public class SchoolTrainingSection implements ClassSection {

    @Inject
    CurrentUser user;

    @Override
    public int order() {
        return 910;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        return Map.of();
    }

    @Override
    public Optional<ClassLink> summary(List<SchoolClass> classes) {
        boolean head = user.session()
                .map(s -> Role.SCHOOL_ADMIN.roleName().equals(s.role()))
                .orElse(false);
        return head ? Optional.of(ClassLink.plain("training_school_title", "/school/training")) : Optional.empty();
    }
}

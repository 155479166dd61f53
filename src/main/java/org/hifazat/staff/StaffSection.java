package org.hifazat.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;
import org.hifazat.school.SchoolClass;

/** The head teacher's start page leads to the school's teachers, with how many can sign in. */
@ApplicationScoped
public class StaffSection implements ClassSection {

    @Inject
    CurrentUser user;

    @Inject
    StaffService staff;

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        return Map.of();
    }

    @Override
    public Optional<ClassLink> summary(List<SchoolClass> classes) {
        AdultAccount adult = user.adult();
        if (adult.role != Role.SCHOOL_ADMIN || adult.school == null) {
            return Optional.empty();
        }
        return Optional.of(new ClassLink(
                "staff_link", "/school/teachers", "staff_link_count", staff.activeTeachers(adult.school), false));
    }
}

package org.hifazat.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.school.SchoolClass;

/** On the teacher's and head teacher's start pages: the material library. */
@ApplicationScoped
public class LibrarySection implements ClassSection {

    @Override
    public int order() {
        return 920;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        return Map.of();
    }

    @Override
    public Optional<ClassLink> summary(List<SchoolClass> classes) {
        return Optional.of(ClassLink.plain("library_title", "/library"));
    }
}

package org.hifazat.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Material;

/**
 * Where else help is: helplines and portals as verified facts of content/facts, and the teachers' guide, read from
 * the catalogue now being served, so a corrected fact shows without a code change.
 */
@ApplicationScoped
public class ReportingRoutes {

    @Inject
    CurriculumService curriculum;

    @Inject
    WorriesConfig config;

    public List<Fact> forPupils() {
        return verified(curriculum.catalogue().facts(), config.pupilRoutes());
    }

    public List<Fact> forTeachers() {
        return verified(curriculum.catalogue().facts(), config.teacherRoutes());
    }

    public Optional<Material> guide() {
        return curriculum.catalogue().material(config.guide());
    }

    /** The facts with these keys, in this order, leaving out unknown and unverified ones. */
    static List<Fact> verified(Map<String, Fact> facts, List<String> keys) {
        return keys.stream()
                .map(facts::get)
                .filter(f -> f != null && f.verified())
                .toList();
    }
}

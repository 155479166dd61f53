package org.hifazat.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.school.SchoolClass;

/** The assignments link on each class page, with how many modules are open to the class today. */
@ApplicationScoped
public class AssignmentSection implements ClassSection {

    @Inject
    AssignmentService assignments;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        Map<Long, Long> open = assignments.openCounts(classes, LocalDate.now());
        Map<Long, ClassLink> links = new HashMap<>();
        for (SchoolClass c : classes) {
            links.put(
                    c.id,
                    new ClassLink(
                            "assignment_link",
                            "/classes/" + c.id + "/assignments",
                            "assignment_link_count",
                            open.getOrDefault(c.id, 0L),
                            false));
        }
        return links;
    }
}

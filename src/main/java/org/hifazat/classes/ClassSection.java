package org.hifazat.classes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.school.SchoolClass;

/**
 * A feature's part of the class page: implement it as an application-scoped bean and the class page and start
 * pages pick it up (pupils, sign-in cards, worries here; assignments, the dashboard and exports elsewhere). The
 * classes passed in are already ones the signed-in adult may see.
 */
public interface ClassSection {

    /** Where the link sits on the class page: lower first. */
    int order();

    /** This feature's link for each class, by class id, found with one query for all of them. */
    Map<Long, ClassLink> links(List<SchoolClass> classes);

    /** A line for the top of the start page about all these classes together, e.g. the worries inbox. */
    default Optional<ClassLink> summary(List<SchoolClass> classes) {
        return Optional.empty();
    }
}

package org.hifazat.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.identity.CurrentUser;
import org.hifazat.identity.Role;
import org.hifazat.school.SchoolClass;

/**
 * The worries link with its count of new reports on each class page, and the inbox line on the start page. A head
 * teacher's counts take only the reports shared with them.
 */
@ApplicationScoped
public class WorriesSection implements ClassSection {

    @Inject
    CurrentUser user;

    @Inject
    WorryService worries;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        Map<Long, Long> counts = worries.newCounts(classes, head());
        Map<Long, ClassLink> links = new HashMap<>();
        for (SchoolClass c : classes) {
            links.put(
                    c.id,
                    new ClassLink(
                            "worries_link",
                            "/classes/" + c.id + "/worries",
                            "worries_count_new",
                            counts.getOrDefault(c.id, 0L),
                            true));
        }
        return links;
    }

    @Override
    public Optional<ClassLink> summary(List<SchoolClass> classes) {
        boolean head = head();
        long count = worries.newCounts(classes, head).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return Optional.of(new ClassLink(
                head ? "worries_inbox_shared" : "worries_inbox", "/worries", "worries_count_new", count, true));
    }

    private boolean head() {
        return user.adult().role == Role.SCHOOL_ADMIN;
    }
}

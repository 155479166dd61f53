package org.hifazat.progress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.school.SchoolClass;

/** The dashboard link on each class page. */
@ApplicationScoped
public class DashboardSection implements ClassSection {

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        return classes.stream()
                .collect(Collectors.toMap(
                        c -> c.id,
                        c -> ClassLink.plain("dashboard_link", "/classes/" + c.id + "/dashboard"),
                        (a, b) -> a));
    }
}

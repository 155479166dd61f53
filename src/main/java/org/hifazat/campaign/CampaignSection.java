package org.hifazat.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.school.SchoolClass;

/** On a class page: the ministry campaigns that gave the class a module, when there are any. */
@ApplicationScoped
public class CampaignSection implements ClassSection {

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        Map<Long, ClassLink> links = new HashMap<>();
        if (classes.isEmpty()) {
            return links;
        }
        List<Object[]> rows = em.createQuery(
                        "select a.schoolClass.id, count(a) from Assignment a where a.schoolClass in ?1"
                                + " and a.campaignId is not null and a.withdrawn = false group by a.schoolClass.id",
                        Object[].class)
                .setParameter(1, classes)
                .getResultList();
        for (Object[] r : rows) {
            long classId = (Long) r[0];
            links.put(
                    classId,
                    new ClassLink(
                            "campaign_class_link",
                            "/classes/" + classId + "/campaigns",
                            "campaign_class_count",
                            (Long) r[1],
                            false));
        }
        return links;
    }
}

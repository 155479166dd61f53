package org.hifazat.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.classes.ClassAccess;
import org.hifazat.classes.ClassLink;
import org.hifazat.classes.ClassSection;
import org.hifazat.school.SchoolClass;

/** The sign-in cards link on the page of a class the adult teaches (a head teacher does not print cards). */
@ApplicationScoped
public class CardsSection implements ClassSection {

    @Inject
    ClassAccess access;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<Long, ClassLink> links(List<SchoolClass> classes) {
        Map<Long, ClassLink> links = new HashMap<>();
        classes.stream()
                .filter(access::mayChange)
                .forEach(c -> links.put(c.id, ClassLink.plain("roster_cards_link", "/classes/" + c.id + "/cards")));
        return links;
    }
}

package org.hifazat.curriculum.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Fact;
import org.junit.jupiter.api.Test;

/** The real lessons/ and content/ of the repository: CI fails on a broken file. */
class RealContentTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("lessons"), Path.of("content"));

    @Test
    void everythingPresentValidates() {
        assertEquals(
                List.of(), CATALOGUE.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void thereIsACurriculumToServe() {
        assertTrue(CATALOGUE.modules().stream().anyMatch(m -> m.audience() == Audience.PUPIL), "a pupil module");
    }

    @Test
    void theFactKeysAreExactlyThoseTheFormatLists() throws IOException {
        String readme = Files.readString(Path.of("lessons/README.md"));
        String keysLine = readme.substring(readme.indexOf("Keys available:"));
        Set<String> documented = new TreeSet<>();
        Matcher key = Pattern.compile("`([a-z0-9-]+)`").matcher(keysLine.substring(0, keysLine.indexOf("\n\n")));
        while (key.find()) {
            documented.add(key.group(1));
        }
        assertEquals(documented, new TreeSet<>(CATALOGUE.facts().keySet()));
    }

    @Test
    void everyFactHasItsSourceAndDateAndStatesNoPenalty() {
        Pattern penalty = Pattern.compile("(?i)penalt|fine[ds]?\\b|imprison|jail|rupees|سزا|جرمانہ|قید");
        for (Fact fact : CATALOGUE.facts().values()) {
            assertNotNull(fact.source(), fact.key());
            assertNotNull(fact.checked(), fact.key());
            assertFalse(penalty.matcher(fact.text().en() + fact.text().ur()).find(), fact.key());
        }
    }

    @Test
    void factsStillToBeCheckedAreUnverified() {
        for (String key : List.of("peca-s26a", "cpb-punjab-1121", "mohr-1099", "police-15")) {
            assertFalse(CATALOGUE.facts().get(key).verified(), key);
        }
        assertTrue(CATALOGUE.facts().get("drf-helpline").verified());
    }
}

package org.hifazat.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Material;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.junit.jupiter.api.Test;

/** The message keys the curriculum pages build in code exist in both bundles. */
class CurriculumMessagesTest {

    @Test
    void keysChosenInCodeExist() {
        List<String> keys =
                new ArrayList<>(List.of("curriculum_kind_module", "curriculum_kind_material", "curriculum_kind_file"));
        for (Audience audience : Audience.values()) {
            keys.add("curriculum_audience_" + audience.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Material.Kind kind : Material.Kind.values()) {
            keys.add("material_kind_" + kind.written().replace('-', '_'));
        }
        for (Language language : Language.values()) {
            List<String> missing = keys.stream()
                    .filter(k -> !Messages.keys(language).contains(k))
                    .toList();
            assertEquals(List.of(), missing, language.code());
        }
    }
}

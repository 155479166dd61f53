package org.hifazat.curriculum;

import java.util.Comparator;
import java.util.List;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Topic;

/** The order modules are listed in everywhere: pupil modules first, then by topic (as in topics.yaml) and band. */
final class CatalogueOrder {

    private CatalogueOrder() {}

    static List<Module> sorted(Catalogue catalogue) {
        List<String> topics = catalogue.topics().stream().map(Topic::id).toList();
        return catalogue.modules().stream()
                .sorted(Comparator.comparing((Module m) -> m.audience().ordinal())
                        .thenComparing(m -> topics.indexOf(m.topic()))
                        .thenComparing(m -> m.band() == null ? "" : m.band().name())
                        .thenComparing(Module::id))
                .toList();
    }
}

package org.hifazat.curriculum.format;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Material;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Topic;

/** Everything loaded from lessons/ and content/ in one pass, and what failed. Immutable; a reload builds a new one. */
public record Catalogue(
        List<Topic> topics,
        Map<String, Fact> facts,
        List<Module> modules,
        List<Material> materials,
        List<Failure> failures) {

    static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file).thenComparingInt(Problem::line);

    public static Catalogue empty() {
        return new Catalogue(List.of(), Map.of(), List.of(), List.of(), List.of());
    }

    /** Every problem, ordered by file and line. */
    public List<Problem> problems() {
        return failures.stream()
                .flatMap(f -> f.problems().stream())
                .sorted(ORDER)
                .toList();
    }

    public boolean valid() {
        return failures.isEmpty();
    }

    public Optional<Module> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Material> material(String id) {
        return materials.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}

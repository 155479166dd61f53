package org.hifazat.training;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.Material;

/**
 * The library's filter: a topic, a band and a kind, each optional. Material for every band (no bands listed) is in
 * every band's list.
 */
record LibraryFilter(String topic, Band band, Material.Kind kind) {

    /** The filter for these query values; empty when a value names no topic, band or kind. */
    static Optional<LibraryFilter> of(Catalogue catalogue, String topic, String band, String kind) {
        String t = blank(topic) ? null : topic;
        if (t != null && catalogue.topic(t).isEmpty()) {
            return Optional.empty();
        }
        Band b = null;
        if (!blank(band)) {
            b = List.of(Band.values()).stream()
                    .filter(x -> x.name().equals(band))
                    .findFirst()
                    .orElse(null);
            if (b == null) {
                return Optional.empty();
            }
        }
        Material.Kind k = blank(kind) ? null : Material.Kind.ofWritten(kind);
        if (!blank(kind) && k == null) {
            return Optional.empty();
        }
        return Optional.of(new LibraryFilter(t, b, k));
    }

    boolean any() {
        return topic != null || band != null || kind != null;
    }

    /** The materials that pass, by kind and then by id. */
    List<Material> apply(List<Material> materials) {
        return materials.stream()
                .filter(m -> topic == null || m.topics().contains(topic))
                .filter(m -> band == null || m.bands().isEmpty() || m.bands().contains(band))
                .filter(m -> kind == null || m.kind() == kind)
                .sorted(Comparator.comparing((Material m) -> m.kind().ordinal()).thenComparing(Material::id))
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }
}

package org.hifazat.registry;

import java.util.List;
import java.util.Map;

/**
 * The registry's words for a school's level and locality, what registry files may write instead (English or
 * Urdu, compared by {@link Names#key}), and the message keys that name them on pages.
 */
public final class Vocabulary {

    /** primary (grades 1-5), middle (to 8), high (to 10), higher-secondary (to 12). */
    public static final List<String> LEVEL_WORDS = List.of("primary", "middle", "high", "higher-secondary");

    public static final List<String> LOCALITY_WORDS = List.of("urban", "rural");

    static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("primary", "primary"),
            Map.entry("پرائمری", "primary"),
            Map.entry("middle", "middle"),
            Map.entry("elementary", "middle"),
            Map.entry("مڈل", "middle"),
            Map.entry("high", "high"),
            Map.entry("secondary", "high"),
            Map.entry("ہائی", "high"),
            Map.entry("higher secondary", "higher-secondary"),
            Map.entry("hss", "higher-secondary"),
            Map.entry("ہائر سیکنڈری", "higher-secondary"));

    static final Map<String, String> LOCALITIES =
            Map.of("urban", "urban", "شہری", "urban", "rural", "rural", "دیہی", "rural");

    private Vocabulary() {}

    /** school_level_primary, ..., school_level_higher_secondary. */
    public static String levelKey(String level) {
        return "school_level_" + level.replace('-', '_');
    }

    /** school_locality_urban or school_locality_rural. */
    public static String localityKey(String locality) {
        return "school_locality_" + locality;
    }
}

package org.hifazat.curriculum.model;

/**
 * A short text in both languages. A plain string in the files (allowed only where the format says so, e.g. a match
 * side) is kept as the same text twice.
 */
public record Text(String en, String ur) {

    public static Text plain(String both) {
        return new Text(both, both);
    }

    /** The text for a language code; anything but "ur" falls back to English. */
    public String in(String lang) {
        return "ur".equals(lang) ? ur : en;
    }
}

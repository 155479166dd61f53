package org.hifazat.curriculum.model;

/** A prose file pair (e.g. {@code story.en.md}, {@code story.ur.md}) rendered once to safe HTML at load time. */
public record Prose(String en, String ur) {

    public String in(String lang) {
        return "ur".equals(lang) ? ur : en;
    }
}

package org.hifazat.web;

import java.util.Locale;

/** The two languages of every page. */
public enum Language {
    EN("en", "ltr"),
    UR("ur", "rtl");

    public static final String COOKIE = "hz_lang";

    private final String code;
    private final String dir;

    Language(String code, String dir) {
        this.code = code;
        this.dir = dir;
    }

    public String code() {
        return code;
    }

    public String dir() {
        return dir;
    }

    public Language other() {
        return this == EN ? UR : EN;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Unknown or missing codes fall back to English. */
    public static Language fromCode(String code) {
        return "ur".equalsIgnoreCase(code == null ? "" : code.trim()) ? UR : EN;
    }

    /** The remembered choice wins; else Urdu when the browser prefers it; else English. */
    public static Language resolve(String cookieValue, String acceptLanguage) {
        if (cookieValue != null && !cookieValue.isBlank()) {
            return fromCode(cookieValue);
        }
        if (acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("ur")) {
            return UR;
        }
        return EN;
    }
}

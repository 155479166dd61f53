package org.hifazat.roster;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A pupil's display name: a first name and the initial of the family name, "Ayesha K." or "عائشہ ک.". Nothing more
 * is kept, so surnames, email addresses and phone numbers are refused with a message that says why, and so is text
 * that a spreadsheet would run as a formula.
 */
public final class PupilNames {

    static final int MAX_FIRST_NAME = 24;
    static final int MAX_FIRST_NAME_WORDS = 2;

    /** A checked name. key() compares names the way a child reading the name buttons would. */
    public record Name(String firstName, String initial) {
        public String displayName() {
            return firstName + " " + initial + ".";
        }

        public String key() {
            return keyOf(displayName());
        }
    }

    /** A name that failed a check: key is the message, args fill its %s. */
    public static final class Problem extends RuntimeException {
        private final String key;
        private final List<Object> args;

        public Problem(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = List.of(args);
        }

        public String key() {
            return key;
        }

        public List<Object> args() {
            return args;
        }
    }

    private PupilNames() {}

    /** Checks and tidies a first name and initial, or throws a Problem naming the first thing to fix. */
    public static Name read(String firstName, String initial) {
        String first = tidy(firstName);
        String init = tidy(initial);
        if (init.endsWith(".")) {
            init = init.substring(0, init.length() - 1).strip();
        }
        if (first.isEmpty()) {
            throw new Problem("roster_problem_first_missing");
        }
        refuseNonNames(first);
        refuseNonNames(init);
        if (!first.matches("[\\p{L}\\p{M}'’\\u200C -]+")) {
            throw new Problem("roster_problem_letters");
        }
        if (first.split(" ").length > MAX_FIRST_NAME_WORDS) {
            throw new Problem("roster_problem_full_name");
        }
        if (first.codePointCount(0, first.length()) > MAX_FIRST_NAME) {
            throw new Problem("roster_problem_too_long", MAX_FIRST_NAME);
        }
        if (init.isEmpty()) {
            throw new Problem("roster_problem_initial_missing");
        }
        if (!init.matches("(\\p{L}\\p{M}*){1,2}")) {
            throw new Problem(
                    init.matches("[\\p{L}\\p{M} '’-]+") ? "roster_problem_initial_surname" : "roster_problem_letters");
        }
        return new Name(capitalised(first), capitalised(init.toLowerCase(Locale.ROOT)));
    }

    /** The form two names are compared in: Unicode-normalised, case and spacing ignored. */
    public static String keyOf(String displayName) {
        return Normalizer.normalize(displayName, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.]", "");
    }

    private static void refuseNonNames(String text) {
        if (text.isEmpty()) {
            return;
        }
        // A cell starting like this runs as a formula when the list is opened in a spreadsheet.
        if ("=+-@".indexOf(text.charAt(0)) >= 0) {
            throw new Problem("roster_problem_formula");
        }
        if (text.contains("@")) {
            throw new Problem("roster_problem_email");
        }
        long digits = text.codePoints().filter(Character::isDigit).count();
        if (digits >= 5) {
            throw new Problem("roster_problem_phone");
        }
        if (digits > 0) {
            throw new Problem("roster_problem_digits");
        }
    }

    private static String tidy(String typed) {
        if (typed == null) {
            return "";
        }
        return Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Zs}\\u00A0]+", " ")
                .strip();
    }

    /** "ayesha" becomes "Ayesha"; scripts without capitals (Urdu) are unchanged. */
    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            out.appendCodePoint(start ? Character.toTitleCase(cp) : cp);
            start = cp == ' ' || cp == '-';
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}

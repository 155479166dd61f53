package org.hifazat.staff;

import java.text.Normalizer;
import java.util.Locale;

/** What a head teacher typed to add a teacher, checked: a display name and a username. */
record TeacherForm(String name, String username) {

    static final int MAX_NAME = 120;

    /** A form that failed a check; key is the message to show. */
    static final class Problem extends RuntimeException {
        private final String key;

        Problem(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    /** Checks and tidies the typed values, or throws a Problem naming the first thing to fix. */
    static TeacherForm read(String name, String username) {
        String tidyName = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        tidyName = tidyName.strip().replaceAll("\\s+", " ");
        int length = tidyName.codePointCount(0, tidyName.length());
        if (length < 2
                || length > MAX_NAME
                || tidyName.chars().anyMatch(Character::isISOControl)
                || tidyName.matches(".*[<>\"].*")) {
            throw new Problem("staff_problem_name");
        }
        String tidyUsername = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!tidyUsername.matches("[a-z][a-z0-9._-]{2,39}")) {
            throw new Problem("staff_problem_username");
        }
        return new TeacherForm(tidyName, tidyUsername);
    }
}

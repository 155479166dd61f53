package org.hifazat.classes;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a teacher typed to create or change a class, checked: grade 1-12, a short section ("A", "Blue", "الف") and
 * the language of the cards and pupils' pages.
 */
public record ClassForm(int grade, String section, String language) {

    static final int MAX_SECTION = 16;

    /** A class form that failed a check; key is the message to show. */
    public static final class Problem extends RuntimeException {
        private final String key;

        public Problem(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Checks and tidies the typed values, or throws a Problem naming the first thing to fix. */
    public static ClassForm read(String grade, String section, String language) {
        int parsedGrade = parseGrade(grade);
        String tidySection = tidySection(section);
        String lang = language == null ? "" : language.strip();
        if (!lang.equals("en") && !lang.equals("ur")) {
            throw new Problem("class_problem_language");
        }
        return new ClassForm(parsedGrade, tidySection, lang);
    }

    private static int parseGrade(String grade) {
        String typed = grade == null ? "" : grade.strip();
        if (!typed.matches("\\d{1,2}")) {
            throw new Problem("class_problem_grade");
        }
        int value = Integer.parseInt(typed);
        if (value < 1 || value > 12) {
            throw new Problem("class_problem_grade");
        }
        return value;
    }

    private static String tidySection(String section) {
        String typed = section == null ? "" : Normalizer.normalize(section, Normalizer.Form.NFC);
        typed = typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (typed.isEmpty()
                || typed.codePointCount(0, typed.length()) > MAX_SECTION
                || !typed.matches("[\\p{L}\\p{M}\\p{Nd} -]+")) {
            throw new Problem("class_problem_section");
        }
        return typed;
    }

    /** Grades 1-5 sign in with pictures, 6-12 with words. */
    public boolean pictures() {
        return grade <= 5;
    }
}

package org.hifazat.safeguarding;

import java.text.Normalizer;
import java.util.UUID;

/**
 * What a pupil sent on "Tell a teacher", checked: a report key made when the form was shown, a category, an
 * optional place and optional words of at most {@value #MAX_WORDS} characters.
 */
public record TellForm(String reportKey, WorryCategory category, WorryPlace place, String words) {

    public static final int MAX_WORDS = 1000;

    /** A form that failed a check; key is the kind message to show, with MAX_WORDS as its argument. */
    public static final class Problem extends RuntimeException {
        private final String key;

        Problem(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Checks the sent values, or throws a Problem naming the first thing to fix. */
    public static TellForm read(String reportKey, String category, String place, String words) {
        if (!validKey(reportKey)) {
            throw new Problem("worry_problem_again");
        }
        if (category == null || category.isBlank()) {
            throw new Problem("worry_problem_choose");
        }
        WorryCategory chosen =
                WorryCategory.ofWritten(category.strip()).orElseThrow(() -> new Problem("worry_problem_category"));
        WorryPlace where = null;
        if (place != null && !place.isBlank()) {
            where = WorryPlace.ofWritten(place.strip()).orElseThrow(() -> new Problem("worry_problem_place"));
        }
        String tidy = tidy(words);
        if (tidy != null && tidy.length() > MAX_WORDS) {
            throw new Problem("worry_problem_too_long");
        }
        return new TellForm(reportKey, chosen, where, tidy);
    }

    /** A report key is a random UUID in lower case, as the form was given. */
    public static boolean validKey(String key) {
        return key != null && key.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The words without invisible control characters and outer spaces; null when nothing is left. */
    static String tidy(String words) {
        if (words == null) {
            return null;
        }
        String text = Normalizer.normalize(words, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .strip();
        return text.isEmpty() ? null : text;
    }
}

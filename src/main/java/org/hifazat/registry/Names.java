package org.hifazat.registry;

import java.text.Normalizer;
import java.util.Locale;

/** How names typed in a registry file are compared with the names we know: spelling details do not count. */
final class Names {

    private Names() {}

    /**
     * A comparison key: lower case, no dots, dashes and underscores read as spaces, one space between words, and
     * the Arabic forms of yeh and kaf (from Arabic keyboards) read as their Urdu forms.
     */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('\u064A', '\u06CC')
                .replace('\u0649', '\u06CC')
                .replace('\u0643', '\u06A9')
                .replace(".", " ")
                .replace('-', ' ')
                .replace('_', ' ');
        return text.trim().replaceAll("\\s+", " ");
    }
}

package org.hifazat.curriculum.format;

/**
 * Tells Urdu (Arabic script) from Latin letters, so that an English field holding Urdu, or an Urdu field left in
 * English, is caught before a pupil sees it.
 */
final class Script {

    private Script() {}

    static boolean isUrdu(int cp) {
        return (cp >= 0x0600 && cp <= 0x06FF)
                || (cp >= 0x0750 && cp <= 0x077F)
                || (cp >= 0x08A0 && cp <= 0x08FF)
                || (cp >= 0xFB50 && cp <= 0xFDFF)
                || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    static boolean isLatin(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    static long urdu(String text) {
        return text.codePoints().filter(Script::isUrdu).count();
    }

    static long latin(String text) {
        return text.codePoints().filter(Script::isLatin).count();
    }

    /** Problem with a short English text, or null. */
    static String checkEnglish(String text, String what) {
        return urdu(text) > 0 ? "Urdu script in the 'en' text of " + what : null;
    }

    /**
     * Problem with a short Urdu text, or null. Latin letters are fine inside Urdu (app names, handles, so no share of
     * them is too many); a text with no letters (a number) or a single word (an email address, an app name) may
     * stay as it is.
     */
    static String checkUrdu(String text, String what) {
        long urdu = urdu(text);
        long latin = latin(text);
        if (urdu == 0 && latin > 0 && text.trim().contains(" ")) {
            return "no Urdu script in the 'ur' text of " + what;
        }
        return null;
    }

    /** Problem with a whole prose file, or null: judged by the majority of letters, so a quoted word is fine. */
    static String checkProse(String text, String lang) {
        long urdu = urdu(text);
        long latin = latin(text);
        if ("en".equals(lang) && urdu > latin) {
            return "an English file written mostly in Urdu script";
        }
        if ("ur".equals(lang) && latin >= urdu && latin > 0) {
            return "an Urdu file written mostly in Latin letters";
        }
        return null;
    }
}

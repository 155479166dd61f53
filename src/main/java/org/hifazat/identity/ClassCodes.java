package org.hifazat.identity;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Class codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a child can copy one from
 * the board. 31^6 is about 887 million codes; guessing is throttled per client address.
 */
public final class ClassCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClassCodes() {}

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a child typed, tidied: spaces and dashes dropped, upper case, O read as 0-free alphabet would. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static boolean wellFormed(String code) {
        if (code.length() != LENGTH) {
            return false;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}

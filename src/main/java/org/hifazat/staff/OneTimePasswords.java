package org.hifazat.staff;

import java.security.SecureRandom;

/**
 * One-time passwords to read aloud or copy by hand: 12 characters from an alphabet without look-alikes (no 0/o,
 * 1/l/i), in groups of four. About 59 bits, and it only lives until the teacher's first sign-in.
 */
final class OneTimePasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    static String next() {
        StringBuilder out = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}

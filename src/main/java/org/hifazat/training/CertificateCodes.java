package org.hifazat.training;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 20 characters of Crockford's base-32 alphabet (no I, L, O or U), 100 random bits, shown in
 * groups of five. Typed codes are read leniently: any case, dashes and spaces ignored, O read as 0 and I or L as 1.
 */
public final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {}

    public static String fresh() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a typed code, or empty when it cannot be a code at all. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 60) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** ABCDE-FGHJK-MNPQR-STVWX: easier to read aloud and to type. */
    public static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 5) {
            out.append(i == 0 ? "" : "-").append(code, i, Math.min(code.length(), i + 5));
        }
        return out.toString();
    }
}

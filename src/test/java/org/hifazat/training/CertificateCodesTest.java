package org.hifazat.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void freshCodesAreLongRandomAndFromTheAlphabet() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CertificateCodes.fresh();
            assertEquals(20, code.length());
            assertTrue(code.chars().allMatch(c -> CertificateCodes.ALPHABET.indexOf(c) >= 0), code);
            seen.add(code);
        }
        assertEquals(1000, seen.size());
        // 20 characters of 32: 100 bits
        assertEquals(100, CertificateCodes.LENGTH * Integer.numberOfTrailingZeros(CertificateCodes.ALPHABET.length()));
    }

    @Test
    void typedCodesAreReadLeniently() {
        String code = "0123456789ABCDEFGHJK";
        assertEquals("01234-56789-ABCDE-FGHJK", CertificateCodes.grouped(code));
        assertEquals(Optional.of(code), CertificateCodes.normalise("01234-56789-abcde-fghjk"));
        assertEquals(Optional.of(code), CertificateCodes.normalise(" O1234 56789 ABCDE FGHJK "));
        assertEquals(Optional.of("11111111111111111111"), CertificateCodes.normalise("IlIlIlIlIlIlIlIlIlIl"));
    }

    @Test
    void anythingElseIsNotACode() {
        assertEquals(Optional.empty(), CertificateCodes.normalise(null));
        assertEquals(Optional.empty(), CertificateCodes.normalise("0123456789ABCDEFGHJ"));
        assertEquals(Optional.empty(), CertificateCodes.normalise("0123456789ABCDEFGHJKM"));
        assertEquals(Optional.empty(), CertificateCodes.normalise("0123456789ABCDEFGHJU"));
        assertEquals(Optional.empty(), CertificateCodes.normalise("x".repeat(1000)));
        assertNotEquals(CertificateCodes.fresh(), CertificateCodes.fresh());
    }
}

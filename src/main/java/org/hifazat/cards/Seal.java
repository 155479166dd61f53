package org.hifazat.cards;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a list of fresh secrets with AES-GCM under a key the server does not keep. The batch key is bound in as
 * associated data, so sealed secrets cannot be moved to another batch.
 */
final class Seal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Seal() {}

    static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    static String close(byte[] key, String batchKey, List<FreshSecret> secrets) {
        StringBuilder plain = new StringBuilder();
        for (FreshSecret s : secrets) {
            plain.append(s.pupilId())
                    .append(' ')
                    .append(s.first())
                    .append(' ')
                    .append(s.second())
                    .append('\n');
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, batchKey);
            byte[] sealed = cipher.doFinal(plain.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The secrets, or empty when the key is not the one they were sealed with. */
    static Optional<List<FreshSecret>> open(byte[] key, String batchKey, String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, iv, batchKey);
            String plain = new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
            List<FreshSecret> secrets = new ArrayList<>();
            for (String line : plain.split("\n")) {
                if (!line.isEmpty()) {
                    String[] parts = line.split(" ");
                    secrets.add(new FreshSecret(Long.parseLong(parts[0]), parts[1], parts[2]));
                }
            }
            return Optional.of(secrets);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, String batchKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(batchKey.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}

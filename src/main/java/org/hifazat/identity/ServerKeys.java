package org.hifazat.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys derived from the one server secret: a signing key for sessions, a hashing key for pupils' secrets.
 * Deriving them keeps one value to configure while a session key can never verify a pupil hash.
 */
@ApplicationScoped
public class ServerKeys {

    @Inject
    IdentityConfig config;

    /** One keyed Mac per thread and key: looking up and keying a new Mac costs far more than hashing. */
    private ThreadLocal<Mac> sessionMac;

    private ThreadLocal<Mac> pupilSecretMac;

    @PostConstruct
    void init() {
        byte[] master = config.serverKey()
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> generatedKey(Path.of(config.generatedKeyFile())));
        if (master.length < 16) {
            throw new IllegalStateException("hifazat.identity.server-key must be at least 16 characters");
        }
        byte[] sessionKey = hmac(master, "session".getBytes(StandardCharsets.UTF_8));
        byte[] pupilSecretKey = hmac(master, "pupil-secret".getBytes(StandardCharsets.UTF_8));
        sessionMac = ThreadLocal.withInitial(() -> keyedMac(sessionKey));
        pupilSecretMac = ThreadLocal.withInitial(() -> keyedMac(pupilSecretKey));
    }

    public byte[] sessionSignature(byte[] payload) {
        return sessionMac.get().doFinal(payload);
    }

    /** A keyed fast hash: picture pairs and word pairs have tiny entropy, so throttling protects them, not cost. */
    public String pupilSecretHash(long classId, String secret) {
        byte[] mac = pupilSecretMac.get().doFinal((classId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        return keyedMac(key).doFinal(data);
    }

    private static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static byte[] generatedKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim().getBytes(StandardCharsets.UTF_8);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key + "\n");
            return key.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the server key " + file, e);
        }
    }
}

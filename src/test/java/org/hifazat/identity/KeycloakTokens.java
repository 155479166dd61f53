package org.hifazat.identity;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens from the running Keycloak for the test-only demo users (deploy/keycloak/demo). Admin and ministry users
 * must give a one-time code even for a password grant: it is computed here from the demo users' known OTP secret,
 * as an authenticator app would. Keycloak refuses a code used twice, so each user's token is fetched once.
 */
public final class KeycloakTokens {

    public static final String PASSWORD = "hifazat-demo-pass";
    static final String OTP_SECRET = "hifazat-demo-otp-secret";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {}

    public static String keycloakUrl() {
        return env("HIFAZAT_TEST_KEYCLOAK_URL", "http://127.0.0.1:8180");
    }

    public static String realmUrl() {
        return keycloakUrl() + "/realms/hifazat";
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An access token of the test client for a demo user; with a one-time code where the user has one. */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> token("hifazat-test", u, true));
    }

    /** A fresh token of another client of the realm, without caching. */
    public static String fromClient(String clientId, String username) {
        return token(clientId, username, false);
    }

    static boolean needsOtp(String username) {
        return username.startsWith("admin") || username.contains("ministry");
    }

    static String token(String clientId, String username, boolean withOtp) {
        Response response = grant(clientId, username, withOtp && needsOtp(username) ? totp(Instant.now()) : null);
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + username + ": " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }

    /** The password grant as Keycloak answers it (200 with tokens, or 400/401 with an error). */
    public static Response grant(String clientId, String username, String otp) {
        var spec = given().baseUri(keycloakUrl())
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .formParam("scope", "openid");
        if (otp != null) {
            spec.formParam("totp", otp);
        }
        return spec.post("/realms/hifazat/protocol/openid-connect/token");
    }

    /** RFC 6238: HMAC-SHA1 over the 30-second step, 6 digits. */
    static String totp(Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(OTP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(
                    ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

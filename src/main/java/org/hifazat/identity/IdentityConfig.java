package org.hifazat.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** hifazat.identity.* in application.properties. */
@ConfigMapping(prefix = "hifazat.identity")
public interface IdentityConfig {

    /** A session ends after this long without a request (shared classroom devices). */
    @WithDefault("PT30M")
    Duration sessionIdleTimeout();

    /** A session ends after this long whatever happens. */
    @WithDefault("PT12H")
    Duration sessionMaxAge();

    /** Mark cookies Secure (behind TLS in production). */
    @WithDefault("false")
    boolean secureCookies();

    /** Wrong passwords in a row before an account is locked. */
    @WithDefault("5")
    int maxFailedSignIns();

    @WithDefault("PT15M")
    Duration lockDuration();

    /**
     * How often each instance deletes pupil sign-in failures that no longer count (SignInThrottle): a Quarkus
     * "every" value, or off.
     */
    @WithDefault("60s")
    String throttleCleanUpEvery();

    /**
     * The server secret that signs sessions and keys pupils' secret hashes; the same on every instance.
     * Absent in the standalone default, where one is generated under ./data.
     */
    Optional<String> serverKey();

    /** Where the standalone default keeps a generated server key. */
    @WithDefault("data/server.key")
    String generatedKeyFile();
}

package org.hifazat.registry;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** hifazat.registry.* in application.properties. */
@ConfigMapping(prefix = "hifazat.registry")
public interface RegistryConfig {

    /**
     * The largest registry file accepted (a national file of ~300,000 schools is ~30 MB). Larger uploads get a 413
     * before a byte of them is read. quarkus.http.limits.max-body-size must be at least this.
     */
    @WithDefault("32M")
    MemorySize maxUploadSize();

    /** Problems listed for a refused file; the rest are counted. */
    @WithDefault("100")
    int problemsShown();

    /** Rows shown on the preview page. */
    @WithDefault("50")
    int previewRows();

    /** A staged preview that nobody confirms is dropped after this long. */
    @WithDefault("PT24H")
    Duration previewLifetime();

    /** Most synthetic schools one request to the admin page may generate (the Java API has no limit). */
    @WithDefault("5000")
    int generatorMaxSchools();

    /** Most synthetic pupils one request to the admin page may generate. */
    @WithDefault("200000")
    int generatorMaxPupils();

    /** Longest time one import (parse and stage, or confirm) may take inside its transaction. */
    @WithDefault("PT10M")
    Duration transactionTimeout();
}

package org.hifazat.roster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** hifazat.roster.* in application.properties. */
@ConfigMapping(prefix = "hifazat.roster")
public interface RosterConfig {

    /** The most pupils a class may have: classes of 40-60 are common, 100 leaves room for merged sections. */
    @WithDefault("100")
    int maxPupils();

    /** The largest class list accepted for import, in bytes. */
    @WithDefault("1048576")
    int importMaxBytes();

    /** How long a checked class list waits for the teacher to confirm it. */
    @WithDefault("PT1H")
    Duration draftLifetime();
}

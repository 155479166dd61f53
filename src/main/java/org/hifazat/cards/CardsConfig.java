package org.hifazat.cards;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** hifazat.cards.* in application.properties. */
@ConfigMapping(prefix = "hifazat.cards")
public interface CardsConfig {

    /** How long fresh secrets wait to be printed before they are forgotten (the teacher then resets again). */
    @WithDefault("PT2H")
    Duration batchLifetime();
}

package org.hifazat.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** hifazat.reporting.*: how often the pre-counted completion figures are brought up to date. */
@ConfigMapping(prefix = "hifazat.reporting")
public interface ReportingConfig {

    /** How often changed schools are recounted (a Quarkus "every" value such as 60s, or off). */
    @WithDefault("60s")
    String refreshEvery();

    /** Every school is recounted this often, which also catches deletions no change time records. */
    @WithDefault("PT24H")
    Duration fullRecountEvery();

    /** Changes are looked for this far before the last run, for clocks of several servers that differ a little. */
    @WithDefault("PT5M")
    Duration changeOverlap();

    /** Schools recounted in one transaction. */
    @WithDefault("200")
    int schoolsPerChunk();
}

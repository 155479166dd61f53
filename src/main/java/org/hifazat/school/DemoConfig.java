package org.hifazat.school;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** hifazat.demo.* in application.properties. */
@ConfigMapping(prefix = "hifazat.demo")
public interface DemoConfig {

    /** Create the demo school on the first start (never in production). */
    @WithDefault("false")
    boolean enabled();

    /** The password of every demo adult account. */
    @WithDefault("hifazat-demo")
    String password();
}

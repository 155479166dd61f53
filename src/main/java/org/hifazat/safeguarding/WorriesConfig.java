package org.hifazat.safeguarding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** hifazat.worries.* in application.properties. */
@ConfigMapping(prefix = "hifazat.worries")
public interface WorriesConfig {

    /** Fact keys of the reporting routes a pupil sees after telling; unverified facts are left out. */
    @WithDefault("drf-helpline,nccia-helpline,police-15")
    List<String> pupilRoutes();

    /** Fact keys of the reporting routes on the teacher's worry pages. */
    @WithDefault("drf-helpline,nccia-helpline,pta-complaints,iwf-drf-portal,police-15")
    List<String> teacherRoutes();

    /** The material in content/materials that guides teachers through responding to a worry. */
    @WithDefault("guide-responding-to-worries")
    String guide();
}

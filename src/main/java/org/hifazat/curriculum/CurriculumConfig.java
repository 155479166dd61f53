package org.hifazat.curriculum;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** hifazat.curriculum.* in application.properties: where the curriculum files are. */
@ConfigMapping(prefix = "hifazat.curriculum")
public interface CurriculumConfig {

    /** The lessons folder (format: lessons/README.md), relative to the working directory unless absolute. */
    @WithDefault("lessons")
    Path lessons();

    /** The content folder with facts and materials (content/README.md). */
    @WithDefault("content")
    Path content();
}

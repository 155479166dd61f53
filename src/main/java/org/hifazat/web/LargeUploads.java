package org.hifazat.web;

import java.util.OptionalLong;

/**
 * Implemented by a feature whose uploads may be larger than the site-wide body limit (hifazat.web.max-body-size):
 * the registry import takes files of tens of megabytes. {@link BodySizeLimits} asks every implementation.
 */
public interface LargeUploads {

    /** The largest body accepted for a POST to this path, if this feature takes large uploads there. */
    OptionalLong limitFor(String path);
}

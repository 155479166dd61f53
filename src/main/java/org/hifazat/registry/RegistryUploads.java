package org.hifazat.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.hifazat.web.LargeUploads;

/** The two paths that take registry files, up to hifazat.registry.max-upload-size. */
@ApplicationScoped
class RegistryUploads implements LargeUploads {

    static final String PAGE_PATH = "/admin/registry/import";
    static final String API_PATH = "/api/v1/registry/schools";

    @Inject
    RegistryConfig config;

    /** A form upload carries the file and a few small fields. */
    static final long FORM_OVERHEAD = 64 * 1024;

    @Override
    public OptionalLong limitFor(String path) {
        long file = config.maxUploadSize().asLongValue();
        if (API_PATH.equals(path)) {
            return OptionalLong.of(file);
        }
        return PAGE_PATH.equals(path) ? OptionalLong.of(file + FORM_OVERHEAD) : OptionalLong.empty();
    }
}

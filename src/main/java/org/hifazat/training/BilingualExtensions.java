package org.hifazat.training;

import io.quarkus.qute.TemplateExtension;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/**
 * {en:key} and {ur:key}: a message in one fixed language whatever the page's language, for pages that show both
 * side by side (a certificate).
 */
public final class BilingualExtensions {

    private BilingualExtensions() {}

    @TemplateExtension(namespace = "en", matchName = TemplateExtension.ANY)
    static String english(String key) {
        return Messages.get(Language.EN, key);
    }

    @TemplateExtension(namespace = "ur", matchName = TemplateExtension.ANY)
    static String urdu(String key) {
        return Messages.get(Language.UR, key);
    }
}

package org.hifazat.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {m:key} in a template is the message for key in the page's language; {someKey.msg} is the same for a key
 * chosen in code (error pages, problems on forms).
 */
public final class MessageExtensions {

    private MessageExtensions() {}

    @TemplateExtension(namespace = "m", matchName = TemplateExtension.ANY)
    static String message(String key) {
        return Messages.get(Ui.current(), key);
    }

    @TemplateExtension
    static String msg(String key) {
        return Messages.get(Ui.current(), key);
    }

    @TemplateExtension
    static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

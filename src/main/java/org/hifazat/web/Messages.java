package org.hifazat.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The message bundles, read once: messages/messages_en.properties and messages/messages_ur.properties (UTF-8). */
public final class Messages {

    private static final Map<Language, Properties> BUNDLES = load();

    private Messages() {}

    /** The text for a key; English when the Urdu text is missing; the key itself when both are. */
    public static String get(Language language, String key) {
        String value = BUNDLES.get(language).getProperty(key);
        if (value == null && language != Language.EN) {
            value = BUNDLES.get(Language.EN).getProperty(key);
        }
        return value == null ? key : value;
    }

    /** The text for a key with its %s filled in, in order. */
    public static String format(Language language, String key, List<?> args) {
        return get(language, key).formatted(args.toArray());
    }

    public static Set<String> keys(Language language) {
        return Collections.unmodifiableSet(BUNDLES.get(language).stringPropertyNames());
    }

    private static Map<Language, Properties> load() {
        Map<Language, Properties> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = "messages/messages_" + language.code() + ".properties";
            Properties properties = new Properties();
            try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing message bundle " + resource);
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundles.put(language, properties);
        }
        return bundles;
    }
}

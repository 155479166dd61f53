package org.hifazat.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;
import org.junit.jupiter.api.Test;

/** Every message key the registry chooses in code exists in both languages, with the same placeholders. */
class RegistryMessagesTest {

    /** Keys named in code as string literals (others are built from words, below). */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"(registry_(?:problem|error)_[a-z_]+|registry_more_problems|registry_line|registry_choose_file)\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?s");

    @Test
    void keysChosenInCodeExistInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hifazat/registry"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Column column : Column.values()) {
            keys.add(column.label().key());
            keys.add(column.help().helpKey());
        }
        Vocabulary.LEVEL_WORDS.forEach(w -> keys.add(Vocabulary.levelKey(w)));
        Vocabulary.LOCALITY_WORDS.forEach(w -> keys.add(Vocabulary.localityKey(w)));
        for (String status : List.of("staged", "imported", "discarded", "expired")) {
            keys.add("registry_status_" + status);
        }
        keys.add("registry_notice_semicolon");
        keys.add("registry_notice_tab");
        assertTrue(keys.size() >= 50, "found " + keys.size());
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (Language language : Language.values()) {
                if (!Messages.keys(language).contains(key)) {
                    missing.add(language.code() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void bothLanguagesTakeTheSameNumberOfValues() {
        List<String> different = new ArrayList<>();
        for (String key : Messages.keys(Language.EN)) {
            if (key.startsWith("registry_") && placeholders(Language.EN, key) != placeholders(Language.UR, key)) {
                different.add(key);
            }
        }
        assertEquals(List.of(), different);
    }

    private static long placeholders(Language language, String key) {
        return PLACEHOLDER.matcher(Messages.get(language, key)).results().count();
    }
}

package org.hifazat.web;

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
import org.hifazat.identity.Pictures;
import org.hifazat.identity.Role;
import org.hifazat.identity.SecretWords;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when the two languages drift apart or a template carries text that is not in the bundles.
 */
class I18nSyncTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE = Pattern.compile("\\{m:([a-z0-9_]+)");
    /** Text nodes that need no translation: punctuation, numbers, symbols. */
    private static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{Punct}\\p{S}0-9·×–—]*");

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> en = new TreeSet<>(Messages.keys(Language.EN));
        Set<String> ur = new TreeSet<>(Messages.keys(Language.UR));
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ur);
        Set<String> onlyUr = new TreeSet<>(ur);
        onlyUr.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing from messages_ur.properties");
        assertEquals(Set.of(), onlyUr, "keys missing from messages_en.properties");
    }

    @Test
    void urduTextIsInUrdu() {
        List<String> english = new ArrayList<>();
        for (String key : Messages.keys(Language.UR)) {
            String value = Messages.get(Language.UR, key);
            boolean hasUrdu =
                    value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
            if (!hasUrdu && !key.equals("layout_other_language")) {
                english.add(key);
            }
        }
        assertEquals(List.of(), english, "Urdu messages with no Urdu in them");
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE.matcher(Files.readString(template));
            while (m.find()) {
                if (!Messages.keys(Language.EN).contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void keysChosenInCodeExist() {
        List<String> keys = new ArrayList<>();
        ErrorResponses.KNOWN.forEach(s -> {
            keys.add("error_" + s + "_title");
            keys.add("error_" + s + "_text");
        });
        for (Role role : Role.values()) {
            keys.add("home_role_" + role.roleName().replace('-', '_'));
        }
        Pictures.IDS.forEach(p -> keys.add("picture_" + p));
        SecretWords.IDS.forEach(w -> keys.add("word_" + w));
        keys.addAll(List.of(
                "pupil_too_many",
                "pupil_unknown_code",
                "pupil_choose_two_pictures",
                "pupil_choose_two_words",
                "pupil_locked",
                "pupil_wrong_secret"));
        keys.addAll(List.of("signin_failed", "signin_locked", "scope_national"));
        List<String> missing = keys.stream()
                .filter(k -> !Messages.keys(Language.EN).contains(k))
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template)
                    .replaceAll("(?s)\\{!.*?!\\}", "") // Qute comments
                    .replaceAll("(?s)\\{#bodyClass\\}.*?\\{/bodyClass\\}", "") // a CSS class, not text
                    .replaceAll("(?s)<svg.*?</svg>", "") // inline drawings
                    .replaceAll("(?s)<style.*?</style>|<script.*?</script>", "")
                    .replaceAll("(?s)<[^>]*>", " ") // tags and their attributes
                    .replaceAll("\\{[^}]*\\}", " "); // expressions and sections
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !NEUTRAL.matcher(trimmed).matches() && !trimmed.startsWith("&")) {
                    found.add(TEMPLATES.relativize(template) + ": \"" + trimmed + "\"");
                }
            }
        }
        assertEquals(List.of(), found, "text in templates must come from the message bundles");
    }

    @Test
    void theCheckWouldCatchHardCodedText() {
        String sample = "<p>Hello there</p>".replaceAll("(?s)<[^>]*>", " ").strip();
        assertTrue(!NEUTRAL.matcher(sample).matches());
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}

package org.hifazat.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a systemd unit file into sections of settings; a setting given twice keeps both values, space-separated. */
final class Units {

    private Units() {}

    static Map<String, Map<String, String>> parse(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (current == null || eq < 1) {
                throw new AssertionError(file + ": not a unit line: " + raw);
            }
            current.merge(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), (a, b) -> a + " " + b);
        }
        return sections;
    }
}

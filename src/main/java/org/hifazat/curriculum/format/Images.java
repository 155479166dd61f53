package org.hifazat.curriculum.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks an image named by a module or material: inside its folder, present, small, and (for SVG) inert. */
final class Images {

    static final Set<String> TYPES = Set.of("svg", "png", "jpg", "jpeg", "webp");
    private static final Pattern ACTIVE_SVG = Pattern.compile(
            "<script|<foreignobject|\\son[a-z]+\\s*=|javascript:|href\\s*=\\s*[\"']?\\s*(https?:|//|data:)");

    private Images() {}

    /** The normalised relative path, or null after reporting the problem at the given line. */
    static String check(Source src, int line, Path folder, String path) {
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            src.error(line, "image path '" + path + "' must be relative to the folder (like images/name.svg)");
            return null;
        }
        Path relative;
        try {
            relative = Path.of(path).normalize();
        } catch (InvalidPathException e) {
            src.error(line, "image path '" + path + "' is not a valid path");
            return null;
        }
        if (relative.startsWith("..") || path.contains("..")) {
            src.error(line, "image path '" + path + "' leaves the folder");
            return null;
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!TYPES.contains(type)) {
            src.error(
                    line,
                    "image '" + path + "' must be one of "
                            + String.join(", ", TYPES.stream().sorted().toList()));
            return null;
        }
        Path file = folder.resolve(relative);
        try {
            if (!Files.isRegularFile(file)) {
                src.error(line, "missing image '" + path + "'");
                return null;
            }
            // a symbolic link could still point outside the folder
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                src.error(line, "image path '" + path + "' leaves the folder");
                return null;
            }
            long size = Files.size(file);
            if (size > Reading.IMAGE_LIMIT) {
                src.error(
                        line,
                        "image '" + path + "' is " + Reading.size(size) + "; the limit is "
                                + Reading.size(Reading.IMAGE_LIMIT));
                return null;
            }
            if (type.equals("svg")
                    && ACTIVE_SVG
                            .matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                                    .toLowerCase(Locale.ROOT))
                            .find()) {
                src.error(line, "image '" + path + "' contains script, event handlers or outside links");
                return null;
            }
        } catch (IOException e) {
            src.error(line, "cannot read image '" + path + "'");
            return null;
        }
        return relative.toString().replace('\\', '/');
    }
}

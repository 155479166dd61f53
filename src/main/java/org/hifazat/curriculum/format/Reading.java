package org.hifazat.curriculum.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file with a size limit checked before reading, so a 5 MB file is an error, not a memory spike. */
final class Reading {

    /** Markdown and YAML files: far above any real lesson, far below trouble. */
    static final long TEXT_LIMIT = 256 * 1024;

    static final long IMAGE_LIMIT = 256 * 1024;

    private Reading() {}

    /** The file's text, or null after reporting why it cannot be read. */
    static String text(Source src, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                src.error(1, "missing file");
                return null;
            }
            long size = Files.size(file);
            if (size > TEXT_LIMIT) {
                src.error(1, "file is " + size(size) + "; the limit is " + size(TEXT_LIMIT));
                return null;
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            // a byte-order mark is invisible to authors; drop it rather than report it
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            src.error(1, "file is not UTF-8 text");
        } catch (IOException e) {
            src.error(1, "cannot read file: " + e.getMessage());
        }
        return null;
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return (bytes + 1023) / 1024 + " KB";
    }
}

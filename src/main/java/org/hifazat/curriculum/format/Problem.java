package org.hifazat.curriculum.format;

/** One error in a curriculum file, printed as {@code path:line: message} (lines count from 1). */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

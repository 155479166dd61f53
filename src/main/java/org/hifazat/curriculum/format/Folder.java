package org.hifazat.curriculum.format;

import java.nio.file.Path;

/** A module or material folder and the name it is shown by in errors (e.g. {@code lessons/pupil/strangers-b}). */
record Folder(Path path, String display) {

    String id() {
        return path.getFileName().toString();
    }

    Source source(String fileName, java.util.List<Problem> problems) {
        return new Source(display + "/" + fileName, problems);
    }
}

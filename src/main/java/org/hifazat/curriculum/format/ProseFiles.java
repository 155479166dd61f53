package org.hifazat.curriculum.format;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hifazat.curriculum.model.Prose;

/** Loads the English and Urdu Markdown files of one prose piece ({@code <name>.en.md}, {@code <name>.ur.md}). */
final class ProseFiles {

    private final Source yaml;
    private final Folder folder;
    private final Markdown.Context context;

    ProseFiles(Source yaml, Folder folder, Markdown.Context context) {
        this.yaml = yaml;
        this.folder = folder;
        this.context = context;
    }

    boolean exists(String name) {
        return Files.exists(folder.path().resolve(name + ".en.md"))
                || Files.exists(folder.path().resolve(name + ".ur.md"));
    }

    /**
     * Both languages rendered, or null after reporting problems. A missing file is reported at {@code line} of the
     * YAML file that needs it.
     */
    Prose load(String name, int line, String forWhat) {
        String en = one(name, "en", line, forWhat);
        String ur = one(name, "ur", line, forWhat);
        return en == null || ur == null ? null : new Prose(en, ur);
    }

    private String one(String name, String lang, int line, String forWhat) {
        String fileName = name + "." + lang + ".md";
        Path file = folder.path().resolve(fileName);
        if (!Files.exists(file)) {
            yaml.error(
                    line,
                    ("ur".equals(lang) ? "missing translation " : "missing file ") + fileName + " for " + forWhat);
            return null;
        }
        Source src = yaml.sibling(folder.display() + "/" + fileName);
        String text = Reading.text(src, file);
        return text == null ? null : Markdown.render(src, text, lang, context);
    }
}

package org.hifazat.curriculum.format;

import java.io.StringReader;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML to SnakeYAML's node tree, which keeps the line of every value (a plain object tree would lose them).
 * Nothing is constructed from tags, so a file cannot create Java objects.
 */
final class YamlFiles {

    /** The format version this server reads. */
    static final int SCHEMA = 1;

    private YamlFiles() {}

    /**
     * The top-level fields of a schema-1 file, or null after reporting why it cannot be read (not YAML, not a
     * mapping, another schema). A missing schema is reported and reading goes on, so that all problems show at once.
     */
    static Fields document(Source src, Path file, String name) {
        Node root = compose(src, file);
        Fields f = root == null ? null : Fields.of(src, root, name);
        if (f == null) {
            return null;
        }
        Integer schema = f.integer("schema", null);
        if (schema == null) {
            f.required("schema");
        } else if (schema != SCHEMA) {
            src.error(
                    f.node("schema"),
                    "schema " + schema + " is not supported (this server reads schema " + SCHEMA + ")");
            return null;
        }
        return f;
    }

    /** The document's root node, or null after reporting why the file is not usable YAML. */
    static Node compose(Source src, Path file) {
        String text = Reading.text(src, file);
        return text == null ? null : compose(src, text);
    }

    static Node compose(Source src, String text) {
        LoaderOptions options = new LoaderOptions();
        // aliases could multiply a small file into a huge tree; real lessons need none
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(40);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                src.error(1, "file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getContext());
            // the parser notices a problem where it gets stuck; the context names where the broken part began
            if (e.getContext() != null && e.getContextMark() != null && e.getProblem() != null) {
                problem = problem + " (" + oneLine(e.getContext()) + " started on line "
                        + (e.getContextMark().getLine() + 1) + ")";
            }
            src.error(mark == null ? 1 : mark.getLine() + 1, "malformed YAML: " + problem);
        } catch (YAMLException e) {
            src.error(1, "malformed YAML: " + oneLine(e.getMessage()));
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null
                ? "cannot parse"
                : message.replaceAll("\\s+", " ").trim();
    }
}

package org.hifazat.curriculum.format;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** A file being read, named as it is shown in errors, and the list its problems go to. */
final class Source {

    private final String file;
    private final List<Problem> problems;

    Source(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    void error(int line, String message) {
        problems.add(new Problem(file, Math.max(line, 1), message));
    }

    void error(Node node, String message) {
        error(line(node), message);
    }

    static int line(Node node) {
        return node == null ? 1 : node.getStartMark().getLine() + 1;
    }

    /** A sibling source that reports into the same list, e.g. a prose file named by module.yaml. */
    Source sibling(String siblingFile) {
        return new Source(siblingFile, problems);
    }
}

package org.hifazat.curriculum.format;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The content check authors run before committing: {@code ./mvnw -q compile exec:java} (see lessons/README.md).
 * Prints every problem as {@code path:line: message} and exits with 1 if there is any.
 */
public final class Validate {

    private Validate() {}

    public static void main(String[] args) {
        Path lessons = Path.of(args.length > 0 ? args[0] : "lessons");
        Path content = Path.of(args.length > 1 ? args[1] : "content");
        System.exit(run(lessons, content, System.out));
    }

    /** Validates both folders, prints the outcome and returns the exit status. */
    static int run(Path lessons, Path content, PrintStream out) {
        Catalogue catalogue = CatalogueLoader.load(lessons, content);
        catalogue.problems().forEach(out::println);
        long verified =
                catalogue.facts().values().stream().filter(f -> f.verified()).count();
        out.printf(
                "%d modules, %d materials and %d facts (%d verified) loaded; %d problems%n",
                catalogue.modules().size(),
                catalogue.materials().size(),
                catalogue.facts().size(),
                verified,
                catalogue.problems().size());
        return catalogue.valid() ? 0 : 1;
    }
}

package org.hifazat.curriculum.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/** The fixture trees under src/test/resources/curriculum and helpers to load or copy them. */
public final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/curriculum");
    static final Path GOOD = ROOT.resolve("good");
    static final Path BROKEN = ROOT.resolve("broken");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Fixtures() {}

    static Catalogue load(Path tree) {
        return CatalogueLoader.load(tree.resolve("lessons"), tree.resolve("content"), TODAY);
    }

    /** A writable copy of the good tree, for tests that break one thing in it. */
    static Path copyGood(Path target) {
        copy(GOOD, target);
        return target;
    }

    /** Copies a folder with everything in it. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

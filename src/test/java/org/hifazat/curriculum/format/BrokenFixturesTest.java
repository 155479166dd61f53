package org.hifazat.curriculum.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One broken folder per defect under {@code broken/}. The first line of each folder's YAML file says the one
 * problem expected, as {@code # expect: file:line: message}; the test checks that exactly that problem is reported.
 */
class BrokenFixturesTest {

    private static final Catalogue CATALOGUE = Fixtures.load(Fixtures.BROKEN);

    @TestFactory
    Stream<DynamicTest> eachBrokenModuleReportsItsOneProblem() throws IOException {
        return folders("lessons/teacher", "module.yaml");
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenMaterialReportsItsOneProblem() throws IOException {
        return folders("content/materials", "material.yaml");
    }

    @Test
    void theValidModuleAndMaterialAreServedBesideTheBrokenOnes() {
        assertEquals(
                List.of("fine-unit"),
                CATALOGUE.modules().stream().map(m -> m.id()).toList());
        assertEquals(
                List.of("fine-guide"),
                CATALOGUE.materials().stream().map(m -> m.id()).toList());
        assertTrue(CATALOGUE.failures().size() > 30, "every broken folder is listed as a failure");
        assertTrue(CATALOGUE.failures().stream().noneMatch(f -> f.name().startsWith("fine-")));
    }

    private Stream<DynamicTest> folders(String parent, String yaml) throws IOException {
        Path dir = Fixtures.BROKEN.resolve(parent);
        List<Path> broken;
        try (Stream<Path> list = Files.list(dir)) {
            broken = list.filter(p -> !p.getFileName().toString().startsWith("fine-"))
                    .sorted()
                    .toList();
        }
        assertFalse(broken.isEmpty());
        return broken.stream()
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder, yaml)));
    }

    private void check(Path folder, String yaml) throws IOException {
        String first = Files.readAllLines(folder.resolve(yaml)).get(0);
        assertTrue(first.startsWith("# expect: "), "first line names the expected problem");
        String[] expected = first.substring("# expect: ".length()).split(": ", 2);
        String name = folder.getFileName().toString();
        Failure failure = CATALOGUE.failures().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " was loaded"));
        assertEquals(1, failure.problems().size(), () -> "one problem only: " + failure.problems());
        Problem problem = failure.problems().get(0);
        String display = Fixtures.BROKEN
                .resolve(Fixtures.BROKEN.relativize(folder))
                .toString()
                .replace('\\', '/');
        assertEquals(display + "/" + expected[0], problem.file() + ":" + problem.line());
        assertTrue(
                problem.message().startsWith(expected[1]),
                () -> "expected '" + expected[1] + "', got '" + problem.message() + "'");
        assertEquals(problem.file() + ":" + problem.line() + ": " + problem.message(), problem.toString());
    }
}

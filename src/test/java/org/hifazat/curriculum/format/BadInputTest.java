package org.hifazat.curriculum.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hifazat.curriculum.model.Module;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breaks one thing in a copy of the good tree and checks the error, and that the other module still loads. */
class BadInputTest {

    @TempDir
    Path temp;

    Path tree;
    Path module;

    @BeforeEach
    void copy() {
        tree = Fixtures.copyGood(temp.resolve("tree"));
        module = tree.resolve("lessons/pupil/secret-gift-b");
    }

    @Test
    void aFiveMegabyteMarkdownFileIsAnError() throws IOException {
        Files.write(module.resolve("story.en.md"), new byte[5 * 1024 * 1024]);
        assertOnlyProblem("lessons/pupil/secret-gift-b/story.en.md:1: file is 5.0 MB; the limit is 256 KB");
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Files.write(module.resolve("hook.en.md"), new byte[] {'H', 'i', (byte) 0xff, (byte) 0xfe});
        assertOnlyProblem("lessons/pupil/secret-gift-b/hook.en.md:1: file is not UTF-8 text");
    }

    @Test
    void anAliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'n'; c++) {
            String prev = String.valueOf((char) (c - 1));
            yaml.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append("]\n");
        }
        Files.writeString(module.resolve("module.yaml"), yaml);
        Catalogue catalogue = Fixtures.load(tree);
        assertEquals(1, catalogue.problems().size());
        assertTrue(catalogue.problems().get(0).message().startsWith("malformed YAML"));
    }

    @Test
    void anEmptyModuleFileIsAnError() throws IOException {
        Files.writeString(module.resolve("module.yaml"), "# nothing yet\n");
        assertOnlyProblem("lessons/pupil/secret-gift-b/module.yaml:1: file is empty");
    }

    @Test
    void aPupilModuleNeedsItsFamilyActivityInUrdu() throws IOException {
        Files.delete(module.resolve("family.ur.md"));
        assertOnlyProblem("lessons/pupil/secret-gift-b/module.yaml:1: missing translation family.ur.md for the "
                + "family activity");
    }

    @Test
    void aPupilQuizHasAtMostEightQuestions() throws IOException {
        Files.writeString(module.resolve("module.yaml"), Files.readString(module.resolve("module.yaml")) + """
                  - id: q-extra
                    type: pledge
                    prompt: {en: "One more?", ur: "ایک اور؟"}
                    options:
                      - {id: yes, text: {en: "Yes", ur: "جی ہاں"}}
                """);
        assertOnlyProblem("lessons/pupil/secret-gift-b/module.yaml:" + lineOf("quiz:")
                + ": a pupil quiz has 4 to 8 questions; found 9");
    }

    @Test
    void aSymbolicLinkCannotTakeAnImageOutOfTheFolder() throws IOException {
        Path outside = Files.writeString(tree.resolve("outside.svg"), "<svg/>");
        Files.createSymbolicLink(module.resolve("images/link.svg"), outside);
        Fixtures.replace(module.resolve("module.yaml"), "image: images/gift.svg", "image: images/link.svg");
        assertOnlyProblem("lessons/pupil/secret-gift-b/module.yaml:" + lineOf("image: images/link.svg")
                + ": image path 'images/link.svg' leaves the folder");
    }

    @Test
    void duplicateModuleIdsAcrossFoldersLoadNeither() throws IOException {
        Path copy = Files.createDirectories(tree.resolve("lessons/teacher/secret-gift-b"));
        for (String name : List.of("module.yaml", "hook.en.md")) {
            Files.copy(module.resolve(name), copy.resolve(name));
        }
        Catalogue catalogue = Fixtures.load(tree);
        assertEquals(
                List.of("calm-reply"),
                catalogue.modules().stream().map(Module::id).toList());
        List<String> problems =
                catalogue.problems().stream().map(Problem::toString).toList();
        assertTrue(
                problems.contains(display("lessons/pupil/secret-gift-b/module.yaml:1: duplicate module id "
                        + "'secret-gift-b' (also " + display("lessons/teacher/secret-gift-b") + ")")),
                problems::toString);
        assertTrue(
                problems.contains(display("lessons/teacher/secret-gift-b/module.yaml:1: duplicate module id "
                        + "'secret-gift-b' (also " + display("lessons/pupil/secret-gift-b") + ")")),
                problems::toString);
    }

    @Test
    void anUnknownFolderInLessonsIsReportedAndModulesStillLoad() throws IOException {
        Files.createDirectories(tree.resolve("lessons/drafts"));
        Catalogue catalogue = Fixtures.load(tree);
        assertEquals(2, catalogue.modules().size());
        assertEquals(
                List.of(display("lessons/drafts:1: unknown folder (modules go in pupil/ or teacher/)")),
                catalogue.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aTextFixChangesTheVersionAndKeepsTheIds() throws IOException {
        Module before = Fixtures.load(tree).module("secret-gift-b").orElseThrow();
        Fixtures.replace(module.resolve("module.yaml"), "Free coins?", "Free coins!");
        Module after = Fixtures.load(tree).module("secret-gift-b").orElseThrow();
        assertNotEquals(before.version(), after.version());
        assertEquals(
                before.steps().stream().map(s -> s.id()).toList(),
                after.steps().stream().map(s -> s.id()).toList());
        assertEquals(
                before.quiz().stream().map(q -> q.id()).toList(),
                after.quiz().stream().map(q -> q.id()).toList());
        assertEquals("Free coins!", after.step("hook").orElseThrow().title().en());
    }

    @Test
    void theVersionIsStableAndIgnoresHiddenFiles() throws IOException {
        String version = ContentVersion.of(module);
        assertEquals(version, ContentVersion.of(Fixtures.GOOD.resolve("lessons/pupil/secret-gift-b")));
        Files.writeString(module.resolve(".DS_Store"), "x");
        assertEquals(version, ContentVersion.of(module));
        Files.writeString(module.resolve("images/new.svg"), "<svg/>");
        assertNotEquals(version, ContentVersion.of(module));
    }

    private void assertOnlyProblem(String expected) {
        Catalogue catalogue = Fixtures.load(tree);
        assertEquals(
                List.of(display(expected)),
                catalogue.problems().stream().map(Problem::toString).toList());
        assertEquals(
                List.of("calm-reply"),
                catalogue.modules().stream().map(Module::id).toList());
    }

    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(module.resolve("module.yaml"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + text);
    }

    private String display(String relative) {
        return tree.resolve(relative.split(":")[0]).toString() + relative.substring(relative.split(":")[0].length());
    }
}

package org.hifazat.curriculum.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidateTest {

    @Test
    void validFoldersExitWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Validate.run(
                Fixtures.GOOD.resolve("lessons"),
                Fixtures.GOOD.resolve("content"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals(
                "2 modules, 2 materials and 2 facts (1 verified) loaded; 0 problems",
                out.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    void problemsArePrintedAsPathLineMessageAndExitWithOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Validate.run(
                Fixtures.BROKEN.resolve("lessons"),
                Fixtures.BROKEN.resolve("content"),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                printed.contains("src/test/resources/curriculum/broken/lessons/teacher/unknown-key/module.yaml:8: "
                        + "unknown key 'colour'"),
                printed);
    }
}

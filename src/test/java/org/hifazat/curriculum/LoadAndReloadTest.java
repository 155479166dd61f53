package org.hifazat.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hifazat.Forms;
import org.hifazat.curriculum.format.Fixtures;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The server on a copy of the example tree plus one broken module: it starts, serves the valid modules and lists
 * the broken one for admins. The test then edits files while the server runs and reloads as an admin would.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestProfile(LoadAndReloadTest.CopiedTree.class)
class LoadAndReloadTest {

    static final Path TREE = copyOfGoodTree();
    static final Path MODULE = TREE.resolve("lessons/pupil/secret-gift-b/module.yaml");

    public static class CopiedTree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "hifazat.curriculum.lessons", TREE.resolve("lessons").toString(),
                    "hifazat.curriculum.content", TREE.resolve("content").toString());
        }
    }

    @Test
    @Order(1)
    void theServerStartsAndServesTheValidModulesBesideABrokenOne() {
        given().get("/api/v1/modules")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of("secret-gift-b", "calm-reply")));
        given().get("/api/v1/modules/unknown-key").then().statusCode(404);
        given().get("/modules").then().statusCode(200).body(containsString("id=\"module-calm-reply\""));
        Forms.signedIn("admin")
                .open("/admin/curriculum")
                .then()
                .statusCode(200)
                .body(containsString("2 modules, 2 materials and 2 facts loaded; 1 not loaded."))
                .body(containsString("lessons/teacher/unknown-key/module.yaml:8: unknown key"));
    }

    @Test
    @Order(2)
    void aTextFixGivesANewVersionWithTheSameIdsThenABrokenFileTakesOnlyThatModuleOut() throws IOException {
        String before =
                given().get("/api/v1/modules/secret-gift-b").then().extract().path("version");
        List<String> ids =
                given().get("/api/v1/modules/secret-gift-b").then().extract().path("quiz.id");
        Forms admin = Forms.signedIn("admin");

        write(Files.readString(MODULE).replace("Free coins?", "Free coins!"));
        admin.open("/admin/curriculum");
        admin.post("/admin/curriculum/reload").then().statusCode(303);
        String after =
                given().get("/api/v1/modules/secret-gift-b").then().extract().path("version");
        assertNotEquals(before, after);
        given().get("/api/v1/modules/secret-gift-b").then().body("quiz.id", equalTo(ids));
        QuarkusTransaction.requiringNew().run(() -> {
            List<ModuleVersion> history = ModuleVersion.listHistory("secret-gift-b");
            assertEquals(2, history.size());
            assertTrue(ModuleVersion.findVersion("secret-gift-b", after).orElseThrow().currentVersion);
            assertFalse(ModuleVersion.findVersion("secret-gift-b", before).orElseThrow().currentVersion);
        });

        write(Files.readString(MODULE).replace("band: B", "band: Z"));
        admin.open("/admin/curriculum");
        admin.post("/admin/curriculum/reload").then().statusCode(303);
        given().get("/api/v1/modules/secret-gift-b").then().statusCode(404);
        given().get("/api/v1/modules/calm-reply").then().statusCode(200);
        int line = Files.readAllLines(MODULE).indexOf("band: Z") + 1;
        admin.open("/admin/curriculum")
                .then()
                .body(containsString("secret-gift-b/module.yaml:" + line + ": unknown band"));
        QuarkusTransaction.requiringNew()
                .run(() -> assertTrue(
                        ModuleVersion.listCurrent().stream().noneMatch(v -> v.moduleId.equals("secret-gift-b"))));
    }

    private static void write(String text) throws IOException {
        Files.writeString(MODULE, text);
    }

    private static Path copyOfGoodTree() {
        Path fixtures = Path.of("src/test/resources/curriculum");
        try {
            Path to = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "reload-test");
            Fixtures.copy(fixtures.resolve("good"), to);
            Fixtures.copy(
                    fixtures.resolve("broken/lessons/teacher/unknown-key"), to.resolve("lessons/teacher/unknown-key"));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

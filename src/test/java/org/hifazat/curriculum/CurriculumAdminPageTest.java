package org.hifazat.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hifazat.Forms;
import org.hifazat.audit.AuditEvent;
import org.hifazat.curriculum.model.Module;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CurriculumAdminPageTest {

    @Inject
    CurriculumService curriculum;

    @Test
    void onlyAdminsSeeThePage() {
        given().redirects()
                .follow(false)
                .get("/admin/curriculum")
                .then()
                .statusCode(302)
                .header("Location", containsString("/sign-in"));
        Forms.signedIn("teacher").open("/admin/curriculum").then().statusCode(403);
    }

    @Test
    void adminSeesWhatWasLoaded() {
        Forms admin = Forms.signedIn("admin");
        admin.open("/admin").then().body(containsString("href=\"/admin/curriculum\""));
        admin.open("/admin/curriculum")
                .then()
                .statusCode(200)
                .body(containsString("2 modules, 2 materials and 2 facts loaded; 0 not loaded."))
                .body(containsString("Everything loaded without problems."))
                .body(containsString(
                        curriculum.module("secret-gift-b").orElseThrow().version()))
                .body(containsString("Teacher guide"))
                .body(containsString("unverified: not shown"));
    }

    @Test
    void reloadIsAPostWithAFormTokenAndIsAudited() {
        Forms admin = Forms.signedIn("admin");
        admin.open("/admin/curriculum");
        given().cookies(admin.cookies())
                .contentType("application/x-www-form-urlencoded")
                .redirects()
                .follow(false)
                .post("/admin/curriculum/reload")
                .then()
                .statusCode(403);
        long before = count("curriculum-reload");
        admin.post("/admin/curriculum/reload").then().statusCode(303);
        assertEquals(before + 1, count("curriculum-reload"));
        admin.open("/admin/curriculum?reloaded=1").then().body(containsString("The folders were loaded again."));
    }

    @Test
    void everyServedModuleHasItsCurrentVersionRecordedOnce() {
        curriculum.reload();
        curriculum.reload();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Module module : curriculum.catalogue().modules()) {
                List<ModuleVersion> history = ModuleVersion.listHistory(module.id());
                assertEquals(1, history.size(), module.id());
                assertEquals(module.version(), history.get(0).version);
                assertTrue(history.get(0).currentVersion);
                assertTrue(!history.get(0).lastLoadedAt.isBefore(history.get(0).firstLoadedAt));
            }
        });
    }

    private static long count(String action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", action));
    }
}

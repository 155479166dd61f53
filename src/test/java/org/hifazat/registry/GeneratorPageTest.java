package org.hifazat.registry;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hifazat.Forms;
import org.hifazat.audit.AuditEvent;
import org.hifazat.school.School;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GeneratorPageTest {

    private static final String PAGE = "/admin/registry/generate";

    @Test
    void anAdminGeneratesSchoolsAndTheRunIsAudited() {
        Forms admin = Forms.signedIn("admin");
        admin.open(PAGE).then().statusCode(200).body(containsString("Generate synthetic schools"));
        admin.post(PAGE, "seed", "777", "schools", "12", "classes", "2", "pupils", "5")
                .then()
                .statusCode(200)
                .body(containsString(
                        "12 schools added (0 were already there), with 24 classes, 0 teachers and" + " 120 pupils"));
        admin.open(PAGE);
        admin.post(PAGE, "seed", "777", "schools", "12", "classes", "2", "pupils", "5")
                .then()
                .body(containsString("0 schools added (12 were already there)"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(12, School.count("emisCode like ?1", "SYN-LL-%"));
            assertEquals(2, AuditEvent.count("action = ?1 and details like ?2", "registry-generated", "seed=777,%"));
        });
    }

    @Test
    void numbersOutOfRangeAreExplainedAndNothingIsGenerated() {
        Forms admin = Forms.signedIn("admin");
        admin.open(PAGE);
        admin.post(PAGE, "seed", "778", "schools", "lots", "classes", "2", "pupils", "5")
                .then()
                .statusCode(400)
                .body(containsString("Please enter whole numbers within the ranges shown."));
        admin.open(PAGE);
        admin.post(PAGE, "seed", "778", "schools", "5000", "classes", "12", "pupils", "60")
                .then()
                .statusCode(400)
                .body(containsString("too many pupils for one go"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> School.count("emisCode like ?1", "SYN-LM-%")));
    }

    @Test
    void onlyAdminsGenerate() {
        Forms.signedIn("head").open(PAGE).then().statusCode(403);
    }
}

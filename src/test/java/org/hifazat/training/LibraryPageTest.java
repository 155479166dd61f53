package org.hifazat.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.hifazat.Forms;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LibraryPageTest {

    private static final String GUIDE = "Teacher guide: A secret gift";

    @Test
    void listsMaterialByTopicBandAndKind() {
        given().get("/library")
                .then()
                .statusCode(200)
                .body(containsString(GUIDE))
                .body(containsString("href=\"/library/guide-secret-gift-b\""))
                .body(containsString("1 items"));
        given().get("/library?topic=strangers").then().statusCode(200).body(containsString(GUIDE));
        given().get("/library?topic=help-seeking")
                .then()
                .statusCode(200)
                .body(not(containsString(GUIDE)))
                .body(containsString("Nothing matches"));
        given().get("/library?band=B").then().statusCode(200).body(containsString(GUIDE));
        given().get("/library?band=A").then().statusCode(200).body(not(containsString(GUIDE)));
        given().get("/library?kind=guide&band=B&topic=strangers")
                .then()
                .statusCode(200)
                .body(containsString(GUIDE))
                .body(containsString("<option value=\"B\" selected>"));
        given().get("/library?kind=worksheet").then().statusCode(200).body(not(containsString(GUIDE)));
    }

    @Test
    void anUnknownFilterIsA400() {
        given().get("/library?band=Z").then().statusCode(400);
        given().get("/library?topic=no-such-topic").then().statusCode(400);
        given().get("/library?kind=poster").then().statusCode(400);
    }

    @Test
    void aMaterialPageInUrduAndEnglishIsPrintable() {
        given().header("Cookie", "hz_lang=ur")
                .get("/library/guide-secret-gift-b")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("استاد کے لیے رہنمائی: ایک خفیہ تحفہ"))
                .body(containsString("وقت کی تقسیم"))
                .body(containsString("مواد کی لائبریری"));
        // the Urdu text, printed from an English page
        given().get("/library/guide-secret-gift-b?lang=ur")
                .then()
                .statusCode(200)
                .body(containsString("<article class=\"card material\" lang=\"ur\" dir=\"rtl\">"))
                .body(containsString("وقت کی تقسیم"))
                .body(containsString("Material library"));
        given().get("/library/guide-secret-gift-b")
                .then()
                .statusCode(200)
                .body(containsString("<h2>Timings</h2>"))
                .body(containsString("<link rel=\"stylesheet\" href=\"/css/print.css\" media=\"print\">"))
                .body(containsString("Digital Rights Foundation"))
                .body(containsString("checked 2026-11-24"))
                .body(containsString("href=\"/library/guide-secret-gift-b?lang=ur\""))
                .body(containsString("اردو میں پڑھیں اور پرنٹ کریں"));
        given().get("/css/print.css").then().statusCode(200).body(containsString("@page"));
        given().get("/library/guide-secret-gift-b?lang=fr").then().statusCode(400);
    }

    @Test
    void anUnknownMaterialIsA404Page() {
        given().get("/library/no-such-material")
                .then()
                .statusCode(404)
                .body(containsString("We could not find that page"));
    }

    @Test
    void signedInTeachersSeeTheSameLibrary() {
        Forms.signedIn("teacher").open("/library").then().statusCode(200).body(containsString(GUIDE));
    }
}

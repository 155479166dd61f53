package org.hifazat.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.hifazat.curriculum.model.Module;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModuleApiTest {

    @Inject
    CurriculumService curriculum;

    @Test
    void listsTheModulesWithTheirVersions() {
        given().get("/api/v1/modules")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", hasItems("secret-gift-b", "calm-reply"))
                .body("find { it.id == 'secret-gift-b' }.band", equalTo("B"))
                .body("find { it.id == 'secret-gift-b' }.title.ur", equalTo("ایک خفیہ تحفہ"))
                .body(
                        "find { it.id == 'secret-gift-b' }.version",
                        equalTo(curriculum.module("secret-gift-b").orElseThrow().version()));
    }

    @Test
    void filtersByAudienceTopicAndBand() {
        given().queryParam("audience", "teacher")
                .get("/api/v1/modules")
                .then()
                .body("id", equalTo(List.of("calm-reply")));
        given().queryParam("band", "B").get("/api/v1/modules").then().body("id", equalTo(List.of("secret-gift-b")));
        given().queryParam("topic", "nothing").get("/api/v1/modules").then().body("size()", equalTo(0));
    }

    @Test
    void showsOneModuleWithStepsQuestionsAndSourcedFacts() {
        given().get("/api/v1/modules/secret-gift-b")
                .then()
                .statusCode(200)
                .body("steps.type", equalTo(List.of("story", "story", "chat", "redflags", "sort", "order", "takeaway")))
                .body("quiz.size()", equalTo(8))
                .body("quiz.find { it.id == 'q-gift' }.critical", equalTo(true))
                .body("quiz.find { it.id == 'q-gift' }.choices.id", equalTo(List.of("tell", "accept")))
                .body("facts[0].key", equalTo("drf-helpline"))
                .body("facts[0].source", equalTo("Digital Rights Foundation"))
                .body("facts[0].checked", equalTo("2026-11-24"));
    }

    @Test
    void anUnknownModuleIsA404WithAJsonBody() {
        given().get("/api/v1/modules/no-such-module")
                .then()
                .statusCode(404)
                .contentType("application/json")
                .body("error", equalTo("We could not find that page"))
                .body("details[0]", containsString("no module"));
    }

    @Test
    void theApiNeverContainsACorrectAnswerOrFeedback() {
        for (Module module : curriculum.catalogue().modules()) {
            String json = given().get("/api/v1/modules/" + module.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            for (String key : List.of("correct", "feedback", "safe", "flag", "answer", "next", "category", "rule")) {
                assertFalse(json.contains("\"" + key + "\""), module.id() + " shows " + key);
            }
            for (String secret : Answers.revealing(module)) {
                assertFalse(json.contains(secret), module.id() + " shows '" + secret + "'");
            }
            JsonPath path = JsonPath.from(json);
            for (Object order : path.getList("quiz.findAll { it.type == 'order' }.choices.id")) {
                assertNotEquals(Answers.correctOrder(module), order, "order items come shuffled by id");
            }
            path.getList("quiz.findAll { it.type == 'match' }.targets", List.class)
                    .forEach(targets -> ((List<?>) targets)
                            .forEach(t -> assertFalse(t.toString().contains("id="))));
        }
        String list = given().get("/api/v1/modules").asString();
        assertFalse(list.contains("\"correct\""));
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        String openapi = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(openapi.contains("/api/v1/modules/{id}"));
        assertTrue(openapi.contains("No module with that id is being served"));
    }
}

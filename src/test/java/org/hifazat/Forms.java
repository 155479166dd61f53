package org.hifazat;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: opens a page as a browser would, keeps its cookies and posts its forms with the CSRF token. */
public final class Forms {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String token;

    /** GET a page, remember cookies and the form token it carries. */
    public Response open(String path) {
        Response response = given().cookies(cookies).redirects().follow(false).get(path);
        remember(response);
        Matcher m = CSRF.matcher(response.asString());
        if (m.find()) {
            token = m.group(1);
        }
        return response;
    }

    /** POST a form with the token of the last page opened. */
    public Response post(String path, String... fields) {
        RequestSpecification spec = given().cookies(cookies)
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", token);
        for (int i = 0; i < fields.length; i += 2) {
            spec.formParam(fields[i], fields[i + 1]);
        }
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    /** POST a form given as a map of repeated fields, with the token of the last page opened. */
    public Response post(String path, Map<String, java.util.List<String>> fields) {
        RequestSpecification spec = given().cookies(cookies)
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", token);
        fields.forEach((name, values) -> values.forEach(v -> spec.formParam(name, v)));
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    /** POST a multipart form (a file upload) with the token of the last page opened. */
    public Response upload(String path, String fileName, byte[] file, String... fields) {
        RequestSpecification spec = given().cookies(cookies)
                .redirects()
                .follow(false)
                .multiPart("csrf", token)
                .multiPart("file", fileName, file, "text/csv");
        for (int i = 0; i < fields.length; i += 2) {
            spec.multiPart(fields[i], fields[i + 1]);
        }
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    /** Follow a redirect's Location as a GET. */
    public Response follow(Response redirect) {
        return open(redirect.header("Location").replaceFirst("^https?://[^/]+", ""));
    }

    /** Sign in as a demo adult and keep the session. */
    public static Forms signedIn(String username) {
        Forms forms = new Forms();
        forms.open("/sign-in");
        Response response = forms.post("/sign-in", "username", username, "password", "hifazat-demo");
        if (response.statusCode() != 303) {
            throw new AssertionError("demo sign-in failed for " + username + ": " + response.statusCode());
        }
        return forms;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private void remember(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}

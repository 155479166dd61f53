package org.hifazat.web;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clear, translated answers to bad requests: a page for people, {"error": ..., "details": [...]} for the API.
 * Never a stack trace or an exception name.
 */
@ApplicationScoped
public class ErrorResponses {

    /** Statuses with their own wording; any other 4xx reads as 400 and 5xx as 500. */
    static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 419, 429, 500);

    @Inject
    Template error;

    public static int known(int status) {
        if (KNOWN.contains(status)) {
            return status;
        }
        return status >= 500 ? 500 : 400;
    }

    public String html(int status) {
        return html(status, known(status));
    }

    /** A page with the given status and the wording of another, e.g. 403 worded as "this form expired" (419). */
    public String html(int status, int wording) {
        int key = wording;
        return error.data("status", status)
                .data("titleKey", "error_" + key + "_title")
                .data("textKey", "error_" + key + "_text")
                .render();
    }

    public Response page(int status) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html(status))
                .build();
    }

    public static String jsonBody(int status, List<String> details) {
        String message = Messages.get(Language.EN, "error_" + known(status) + "_title");
        StringBuilder json =
                new StringBuilder("{\"error\":").append(quote(message)).append(",\"details\":[");
        for (int i = 0; i < details.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(details.get(i)));
        }
        return json.append("]}").toString();
    }

    public Response json(int status, List<String> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of(
                        "error", Messages.get(Language.EN, "error_" + known(status) + "_title"), "details", details))
                .build();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

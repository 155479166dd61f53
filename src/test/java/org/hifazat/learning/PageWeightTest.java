package org.hifazat.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hifazat.Forms;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.junit.jupiter.api.Test;

/**
 * A lesson step must be light on a slow phone: every step page of every pupil module, with its stylesheet and
 * images, at most 50 KB over the wire (gzip) on first load, the Urdu web font excluded.
 */
@QuarkusTest
class PageWeightTest {

    static final int LIMIT = 50 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|img|media)/[^\"]+)\"");

    @TestHTTPResource("/")
    URL root;

    @Inject
    CurriculumService curriculum;

    @Test
    void everyLessonStepIsUnderFiftyKilobytes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int heaviest = 0;
        String heaviestPage = "";
        for (Module module : curriculum.catalogue().modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL)
                .toList()) {
            PupilFixture fixture = PupilFixture.withModule(4, module.id());
            Forms pupil = fixture.signIn();
            String cookies = pupil.cookies().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            for (int n = 1; n <= module.steps().size(); n++) {
                String path = "/pupil/modules/" + module.id() + "/steps/" + n;
                HttpResponse<byte[]> page = get(http, path, cookies);
                int total = page.body().length;
                Set<String> assets = new LinkedHashSet<>();
                Matcher m = ASSET.matcher(new String(gunzip(page), java.nio.charset.StandardCharsets.UTF_8));
                while (m.find()) {
                    assets.add(m.group(1));
                }
                for (String asset : assets) {
                    total += get(http, asset, cookies).body().length;
                }
                if (total > heaviest) {
                    heaviest = total;
                    heaviestPage = path;
                }
            }
        }
        System.out.printf(
                "Heaviest lesson step: %s, %.1f KB with its assets (gzip, font excluded)%n",
                heaviestPage, heaviest / 1024.0);
        assertTrue(heaviest <= LIMIT, heaviestPage + " weighs " + heaviest + " bytes");
    }

    private HttpResponse<byte[]> get(HttpClient http, String path, String cookies) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .header("Accept-Encoding", "gzip")
                .header("Cookie", cookies)
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(response.statusCode() == 200, path + " -> " + response.statusCode());
        return response;
    }

    private static byte[] gunzip(HttpResponse<byte[]> response) throws Exception {
        if (response.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
            return new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes();
        }
        return response.body();
    }
}

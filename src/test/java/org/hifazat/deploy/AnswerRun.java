package org.hifazat.deploy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.learning.Answers;
import org.hifazat.school.DemoSchool;

/**
 * Pupils of the demo class answer every quiz of their modules at once, each in a thread of its own, through nginx;
 * after a given number of acknowledged answers one instance is killed (SIGKILL). A request that gets no success
 * response is sent again, as a pupil would press the button again, until it is acknowledged.
 */
final class AnswerRun {

    record Pupil(long id, String picture1, String picture2) {}

    /** An answer the server confirmed (303 to the next page), and which instance confirmed it, when. */
    record Acknowledged(long pupilId, long attemptId, String questionId, String instance, long at) {}

    record Outcome(
            List<Acknowledged> acknowledged,
            long killedAt,
            int unacknowledgedTries,
            long millis,
            Map<String, Integer> byInstance) {

        long acknowledgedBefore(String instance) {
            return acknowledged.stream()
                    .filter(a -> a.instance().equals(instance) && a.at() < killedAt)
                    .count();
        }

        long acknowledgedAfterKill() {
            return acknowledged.stream().filter(a -> a.at() > killedAt).count();
        }

        @Override
        public String toString() {
            return acknowledged.size() + " answers acknowledged in " + millis + " ms (by instance " + byInstance
                    + "), " + acknowledgedAfterKill() + " after the kill, " + unacknowledgedTries
                    + " sends without a success response retried";
        }
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern ATTEMPT = Pattern.compile("/quiz/(\\d+)/\\d+$");
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    private final String base;
    private final List<Module> modules;
    private final Map.Entry<String, Long> victim;
    private final List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unacknowledged = new AtomicInteger();
    private final AtomicLong killedAt = new AtomicLong();
    private final Map<String, Integer> byInstance = new ConcurrentHashMap<>();

    AnswerRun(String base, List<Module> modules, Map.Entry<String, Long> victim) {
        this.base = base;
        this.modules = modules;
        this.victim = victim;
    }

    /** Runs every pupil to the end of every quiz, killing the victim after {@code killAfter} acknowledged answers. */
    Outcome run(List<Pupil> pupils, int killAfter) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(pupils.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Pupil pupil : pupils) {
                done.add(pool.submit(() -> {
                    answerEverything(pupil, killAfter);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(
                List.copyOf(acknowledged),
                killedAt.get(),
                unacknowledged.get(),
                (System.nanoTime() - start) / 1_000_000,
                Map.copyOf(byInstance));
    }

    private void answerEverything(Pupil pupil, int killAfter) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String signIn = "/class/" + DemoSchool.CLASS_CODE + "/" + pupil.id();
        String token = token(send(http, get(signIn)).body());
        expectRedirect(send(http, post(signIn, token, "choice", pupil.picture1(), "choice", pupil.picture2())));
        for (Module module : modules) {
            String quiz = "/pupil/modules/" + module.id() + "/quiz";
            send(http, get(quiz));
            String first = expectRedirect(send(http, post(quiz + "/start", token, "number", "1")));
            Matcher m = ATTEMPT.matcher(first);
            if (!m.find()) {
                throw new AssertionError("no attempt in " + first);
            }
            long attemptId = Long.parseLong(m.group(1));
            for (int q = 1; q <= module.quiz().size(); q++) {
                QuizItem item = module.quiz().get(q - 1);
                List<String> fields = new ArrayList<>();
                Answers.right(item)
                        .forEach((name, values) -> values.forEach(v -> {
                            fields.add(name);
                            fields.add(v);
                        }));
                HttpResponse<String> answered =
                        send(http, post(quiz + "/" + attemptId + "/" + q, token, fields.toArray(String[]::new)));
                expectRedirect(answered);
                String instance = answered.headers().firstValue("X-Upstream").orElse("?");
                byInstance.merge(instance, 1, Integer::sum);
                acknowledged.add(new Acknowledged(pupil.id(), attemptId, item.id(), instance, System.nanoTime()));
                if (acknowledged.size() >= killAfter && killedAt.get() == 0) {
                    kill();
                }
            }
        }
    }

    private synchronized void kill() {
        if (killedAt.get() != 0) {
            return;
        }
        ProcessHandle process = ProcessHandle.of(victim.getValue())
                .orElseThrow(() -> new AssertionError("instance " + victim + " is not running"));
        process.destroyForcibly();
        killedAt.set(System.nanoTime());
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /**
     * Sends until a response other than the proxy's "instance gone" (502, 503, 504) arrives, as a pupil would tap
     * again; each such retry is counted.
     */
    private HttpResponse<String> send(HttpClient http, HttpRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 502 || response.statusCode() > 504) {
                    return response;
                }
            } catch (IOException e) {
                // the connection to nginx broke: no answer came back, so send again
            }
            unacknowledged.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no success response for " + request.uri() + " within 60 s");
            }
            Thread.sleep(100);
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
    }

    private HttpRequest post(String path, String token, String... fields) {
        StringBuilder body = new StringBuilder("csrf=").append(encode(token));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    private static String expectRedirect(HttpResponse<String> response) {
        if (response.statusCode() != 303) {
            throw new AssertionError(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode());
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form token in the page");
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

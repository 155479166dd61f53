package org.hifazat.learning;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.ItemResult;
import org.hifazat.curriculum.model.Mark;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.QuizResult;
import org.hifazat.curriculum.model.Scoring;

/**
 * The quiz, one question per page. Answers are scored on the server and the page never carries the correct answer
 * before the learner has answered. Each answer is a POST followed by a redirect, so a double click changes nothing.
 * A subclass places it for one kind of learner, at its lesson's address followed by {@code /quiz}.
 */
@Produces(MediaType.TEXT_HTML)
public abstract class QuizPlayer {

    @Inject
    @Location("QuizPage/start.html")
    Template startPage;

    @Inject
    @Location("QuizPage/question.html")
    Template questionPage;

    @Inject
    @Location("QuizPage/result.html")
    Template resultPage;

    @Inject
    @Location("QuizPage/review.html")
    Template reviewPage;

    @Inject
    LearningService learning;

    /** Who learns here, and where. */
    protected abstract Player player();

    @GET
    public Response quiz(@PathParam("module") String moduleId) {
        Module module = player().module(moduleId);
        List<QuizAttempt> attempts = learning.attempts(me(), module.id());
        if (!attempts.isEmpty()) {
            QuizAttempt last = attempts.get(attempts.size() - 1);
            if (!last.finished()) {
                return toNextQuestion(module, last);
            }
            if (last.mastered || attempts.size() >= LearningService.MAX_ATTEMPTS) {
                return LessonPlayer.see(player(), module, "quiz/" + last.id + "/result");
            }
        }
        return Response.ok(startPage
                        .data("module", module)
                        .data("place", player().place())
                        .data("number", attempts.size() + 1))
                .build();
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("module") String moduleId, @FormParam("number") String number) {
        Module module = player().module(moduleId);
        if (number == null || !number.matches("[1-9]")) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        Optional<QuizAttempt> attempt = learning.startAttempt(me(), module, Integer.parseInt(number));
        return attempt.map(a -> toNextQuestion(module, a)).orElseGet(() -> LessonPlayer.see(player(), module, "quiz"));
    }

    @GET
    @Path("{attempt}/{q: \\d{1,3}}")
    public TemplateInstance question(
            @PathParam("module") String moduleId, @PathParam("attempt") String attemptId, @PathParam("q") int q) {
        Module module = player().module(moduleId);
        QuizAttempt attempt = learning.attemptOf(me(), module.id(), id(attemptId));
        return render(module, attempt, q, null);
    }

    @POST
    @Path("{attempt}/{q: \\d{1,3}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(
            @PathParam("module") String moduleId,
            @PathParam("attempt") String attemptId,
            @PathParam("q") int q,
            MultivaluedMap<String, String> form) {
        Module module = player().module(moduleId);
        QuizAttempt attempt = learning.attemptOf(me(), module.id(), id(attemptId));
        QuizItem item = item(module, q);
        Optional<Answer> answer = AnswerCodec.fromForm(item, form);
        if (answer.isEmpty() || !Scoring.fits(item, answer.get())) {
            return Response.status(400)
                    .entity(render(module, attempt, q, "quiz_answer_incomplete"))
                    .build();
        }
        learning.answer(me(), module, attempt.id, item, answer.get());
        return LessonPlayer.see(player(), module, "quiz/" + attempt.id + "/" + q);
    }

    @GET
    @Path("{attempt}/result")
    public Response result(@PathParam("module") String moduleId, @PathParam("attempt") String attemptId) {
        Module module = player().module(moduleId);
        QuizAttempt attempt = learning.attemptOf(me(), module.id(), id(attemptId));
        if (!attempt.finished()) {
            return toNextQuestion(module, attempt);
        }
        QuizResult result = Scoring.result(module, learning.results(attempt, module));
        int used = learning.attempts(me(), module.id()).size();
        boolean canRetry = !result.mastered() && used < LearningService.MAX_ATTEMPTS;
        boolean askConfidence = !module.confidence().isEmpty()
                && !learning.confidenceGiven(me(), module.id(), LearningService.Phase.POST);
        return Response.ok(resultPage
                        .data("module", module)
                        .data("place", player().place())
                        .data("attempt", attempt)
                        .data("result", result)
                        .data("canRetry", canRetry)
                        .data("canReview", !canRetry)
                        .data("askConfidence", askConfidence))
                .build();
    }

    /** After mastery or the retry, every question with its correct answer and why. */
    @GET
    @Path("review")
    public TemplateInstance review(@PathParam("module") String moduleId) {
        Module module = player().module(moduleId);
        List<QuizAttempt> attempts = learning.attempts(me(), module.id());
        boolean allowed = attempts.stream().anyMatch(a -> a.mastered)
                || attempts.stream().filter(QuizAttempt::finished).count() >= LearningService.MAX_ATTEMPTS;
        if (!allowed) {
            throw new NotFoundException();
        }
        return reviewPage.data("module", module).data("place", player().place());
    }

    private TemplateInstance render(Module module, QuizAttempt attempt, int q, String problem) {
        QuizItem item = item(module, q);
        ItemResult result = learning.results(attempt, module).get(item.id());
        Map<String, Mark> marks = new HashMap<>();
        if (result != null) {
            result.marks().forEach(m -> marks.put(m.id(), m));
        }
        long seed = attempt.id * 31 + item.id().hashCode();
        List<?> shuffled = List.of();
        if (item instanceof QuizItem.Order order) {
            shuffled = Practice.shuffled(order.sequence().items(), seed);
        } else if (item instanceof QuizItem.Match match) {
            shuffled = Practice.shuffled(match.pairs(), seed);
        }
        return questionPage
                .data("module", module)
                .data("place", player().place())
                .data("attempt", attempt)
                .data("item", item)
                .data("number", q)
                .data("total", module.quiz().size())
                .data("last", q == module.quiz().size())
                .data("result", result)
                .data("marks", marks)
                .data("shuffled", shuffled)
                .data("problem", problem);
    }

    private Response toNextQuestion(Module module, QuizAttempt attempt) {
        Map<String, ItemResult> answered = learning.results(attempt, module);
        for (int i = 0; i < module.quiz().size(); i++) {
            if (!answered.containsKey(module.quiz().get(i).id())) {
                return LessonPlayer.see(player(), module, "quiz/" + attempt.id + "/" + (i + 1));
            }
        }
        return LessonPlayer.see(player(), module, "quiz/" + attempt.id + "/result");
    }

    private static QuizItem item(Module module, int q) {
        if (q < 1 || q > module.quiz().size()) {
            throw new NotFoundException();
        }
        return module.quiz().get(q - 1);
    }

    private static long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        return Long.parseLong(value);
    }

    private Learner me() {
        return player().learner();
    }
}

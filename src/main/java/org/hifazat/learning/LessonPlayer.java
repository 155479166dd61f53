package org.hifazat.learning;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hifazat.curriculum.model.ItemResult;
import org.hifazat.curriculum.model.Mark;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Step;

/**
 * The lesson: an overview, confidence before and after, then one page per step. Works without JavaScript. A
 * subclass places it for one kind of learner: its {@code @Path} must end in {@code {module}} and its
 * {@link Player} say who learns and which modules they may open.
 */
@Produces(MediaType.TEXT_HTML)
public abstract class LessonPlayer {

    @Inject
    @Location("LessonPage/overview.html")
    Template overview;

    @Inject
    @Location("LessonPage/step.html")
    Template stepPage;

    @Inject
    @Location("LessonPage/confidence.html")
    Template confidencePage;

    @Inject
    LearningService learning;

    /** Who learns here, and where. */
    protected abstract Player player();

    @GET
    public TemplateInstance overview(@PathParam("module") String moduleId) {
        Module module = assigned(moduleId);
        Learner me = player().learner();
        Optional<ModuleProgress> progress = learning.progress(me, module.id());
        return overview.data("module", module)
                .data("place", player().place())
                .data("progress", progress.orElse(null))
                .data("attempts", learning.attempts(me, module.id()).size());
    }

    @POST
    @Path("start")
    public Response start(@PathParam("module") String moduleId) {
        Module module = assigned(moduleId);
        Learner me = player().learner();
        ModuleProgress progress = learning.open(me, module);
        if (!module.confidence().isEmpty() && !learning.confidenceGiven(me, module.id(), LearningService.Phase.PRE)) {
            return see(module, "confidence/pre");
        }
        int next = Math.min(progress.stepsDone + 1, module.steps().size());
        return see(module, "steps/" + next);
    }

    @GET
    @Path("confidence/{phase}")
    public TemplateInstance confidence(@PathParam("module") String moduleId, @PathParam("phase") String phase) {
        Module module = assigned(moduleId);
        return confidencePage
                .data("module", module)
                .data("place", player().place())
                .data("phase", phase(phase).code());
    }

    @POST
    @Path("confidence/{phase}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveConfidence(
            @PathParam("module") String moduleId,
            @PathParam("phase") String phaseCode,
            MultivaluedMap<String, String> form) {
        Module module = assigned(moduleId);
        LearningService.Phase phase = phase(phaseCode);
        Map<String, Integer> levels = new HashMap<>();
        module.confidence().forEach(c -> {
            String value = form.getFirst("level." + c.id());
            if (value != null && value.matches("[1-4]")) {
                levels.put(c.id(), Integer.parseInt(value));
            }
        });
        learning.saveConfidence(player().learner(), module, phase, levels);
        return phase == LearningService.Phase.PRE ? see(module, "steps/1") : see(module, "quiz");
    }

    @GET
    @Path("steps/{n}")
    public TemplateInstance step(@PathParam("module") String moduleId, @PathParam("n") String n, @Context UriInfo uri) {
        Module module = assigned(moduleId);
        int index = stepIndex(module, n);
        Step step = module.steps().get(index);
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        TemplateInstance page = stepPage.data("module", module)
                .data("place", player().place())
                .data("step", step)
                .data("number", index + 1)
                .data("total", module.steps().size())
                .data("last", index == module.steps().size() - 1)
                .data("result", null)
                .data("marks", Map.of())
                .data("node", null)
                .data("picked", null)
                .data("shuffled", List.of());
        long seed = player().learner().id() * 31 + step.id().hashCode();
        if (step instanceof Step.Chat chat) {
            Step.Node node =
                    Optional.ofNullable(chat.node(query.getFirst("node"))).orElse(chat.node(chat.start()));
            Step.Reply picked = node.replies().stream()
                    .filter(r -> r.id().equals(query.getFirst("picked")))
                    .findFirst()
                    .orElse(null);
            page.data("node", node).data("picked", picked);
        } else if (step instanceof Step.Order order) {
            page.data("shuffled", Practice.shuffled(order.sequence().items(), seed));
        }
        Optional<QuizItem> practice = Practice.asItem(step);
        if (practice.isPresent() && query.containsKey("check")) {
            Optional<ItemResult> result = Practice.check(practice.get(), query);
            if (result.isPresent()) {
                Map<String, Mark> marks = new HashMap<>();
                result.get().marks().forEach(m -> marks.put(m.id(), m));
                page.data("result", result.get()).data("marks", marks);
            }
        }
        return page;
    }

    @POST
    @Path("steps/{n}/done")
    public Response done(@PathParam("module") String moduleId, @PathParam("n") String n) {
        Module module = assigned(moduleId);
        int index = stepIndex(module, n);
        learning.stepDone(player().learner(), module, index);
        return index + 1 < module.steps().size() ? see(module, "steps/" + (index + 2)) : see(module, "quiz");
    }

    Module assigned(String moduleId) {
        return player().module(moduleId);
    }

    private static int stepIndex(Module module, String n) {
        if (n == null || !n.matches("\\d{1,3}")) {
            throw new NotFoundException();
        }
        int index = Integer.parseInt(n) - 1;
        if (index < 0 || index >= module.steps().size()) {
            throw new NotFoundException();
        }
        return index;
    }

    private static LearningService.Phase phase(String code) {
        for (LearningService.Phase phase : LearningService.Phase.values()) {
            if (phase.code().equals(code)) {
                return phase;
            }
        }
        throw new NotFoundException();
    }

    Response see(Module module, String rest) {
        return see(player(), module, rest);
    }

    static Response see(Player player, Module module, String rest) {
        return Response.seeOther(URI.create(player.place().base() + "/" + module.id() + "/" + rest))
                .build();
    }
}

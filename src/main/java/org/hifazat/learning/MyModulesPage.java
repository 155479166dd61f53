package org.hifazat.learning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.assignment.AssignmentService;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Text;

/** "My modules": what the teacher assigned, how far the pupil is, and the badges earned. */
@Path("/pupil")
@RolesAllowed("pupil")
@Produces(MediaType.TEXT_HTML)
public class MyModulesPage {

    /** One assigned module as the pupil sees it. */
    public record Card(
            String moduleId,
            Text title,
            Text question,
            int minutes,
            String status,
            int stepsDone,
            int stepsTotal,
            Integer bestScore,
            boolean late) {

        public boolean mastered() {
            return ModuleProgress.MASTERED.equals(status);
        }

        public String statusKey() {
            return "status_" + status;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myModules(String name, List<Card> cards, long badges);
    }

    @Inject
    PupilContext pupil;

    @Inject
    AssignmentService assignments;

    @Inject
    LearningService learning;

    @Inject
    CurriculumService curriculum;

    @GET
    public TemplateInstance home() {
        PupilContext.Me me = pupil.me();
        LocalDate today = LocalDate.now();
        Map<String, ModuleProgress> progress = new HashMap<>();
        learning.progressOf(Learner.pupil(me.pupilId())).forEach(p -> progress.put(p.moduleId, p));
        List<Card> cards = new ArrayList<>();
        for (AssignmentService.Window window : assignments.openFor(me.classId(), today)) {
            Module module = curriculum.module(window.moduleId()).orElse(null);
            if (module == null) {
                continue; // withdrawn from the curriculum or broken files: not offered until fixed
            }
            ModuleProgress p = progress.get(module.id());
            String status = p == null ? "new" : p.status;
            boolean late = window.endsOn().isBefore(today) && (p == null || !p.mastered());
            cards.add(new Card(
                    module.id(),
                    module.title(),
                    module.question(),
                    module.minutes(),
                    status,
                    p == null ? 0 : p.stepsDone,
                    module.steps().size(),
                    p == null ? null : p.bestScore,
                    late));
        }
        long badges = cards.stream().filter(Card::mastered).count();
        return Templates.myModules(me.displayName(), cards, badges);
    }
}

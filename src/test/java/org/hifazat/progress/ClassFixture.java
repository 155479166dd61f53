package org.hifazat.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.hifazat.TestSchools;
import org.hifazat.assignment.Assignment;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.identity.Role;
import org.hifazat.learning.AnswerCodec;
import org.hifazat.learning.Answers;
import org.hifazat.learning.Learner;
import org.hifazat.learning.LearningService;
import org.hifazat.school.SchoolClass;

/**
 * A grade 4 class of five pupils with one module opened yesterday, whose work is known by hand:
 *
 * <ul>
 *   <li>Amna A.: confidence 2 and 2 before, every step, every answer right (100, mastered), confidence 4 and 4 after;
 *   <li>Bilal B.: the gift question (critical) wrong, the rest right (7 of 8 = 87); a retry with the gift and the
 *       fault questions (both critical) wrong (6 of 8 = 75): completed, two tries, critical wrong;
 *   <li>Chand C.: confidence 1 and 3 before, two steps done: in progress;
 *   <li>Dua D.: nothing: not started;
 *   <li>Eman E.: the gift question wrong, the rest right (87): completed, critical wrong.
 * </ul>
 */
record ClassFixture(String teacher, long classId, Module module) {

    static final List<String> PUPILS = List.of("Amna A.", "Bilal B.", "Chand C.", "Dua D.", "Eman E.");

    static ClassFixture build(LearningService learning, Module module) {
        String teacher = TestSchools.adult(Role.TEACHER, false);
        long classId = TestSchools.classOf(teacher, 4, "en", PUPILS);
        assign(
                classId,
                module.id(),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(13));
        ClassFixture fixture = new ClassFixture(teacher, classId, module);
        long amna = fixture.pupil("Amna A.");
        learning.saveConfidence(Learner.pupil(amna), module, LearningService.Phase.PRE, confidence(module, 2, 2));
        for (int i = 0; i < module.steps().size(); i++) {
            learning.stepDone(Learner.pupil(amna), module, i);
        }
        fixture.takeQuiz(learning, amna, 1, List.of());
        learning.saveConfidence(Learner.pupil(amna), module, LearningService.Phase.POST, confidence(module, 4, 4));

        long bilal = fixture.pupil("Bilal B.");
        fixture.takeQuiz(learning, bilal, 1, List.of("q-gift"));
        fixture.takeQuiz(learning, bilal, 2, List.of("q-gift", "q-fault"));

        long chand = fixture.pupil("Chand C.");
        learning.saveConfidence(Learner.pupil(chand), module, LearningService.Phase.PRE, confidence(module, 1, 3));
        learning.stepDone(Learner.pupil(chand), module, 0);
        learning.stepDone(Learner.pupil(chand), module, 1);

        fixture.takeQuiz(learning, fixture.pupil("Eman E."), 1, List.of("q-gift"));
        return fixture;
    }

    long pupil(String name) {
        return TestSchools.pupilId(classId, name);
    }

    /** Answers every question of attempt {@code number}: right, except the questions listed, answered wrongly. */
    void takeQuiz(LearningService learning, long pupilId, int number, List<String> wrong) {
        long attemptId =
                learning.startAttempt(Learner.pupil(pupilId), module, number).orElseThrow().id;
        for (QuizItem item : module.quiz()) {
            Map<String, List<String>> form = wrong.contains(item.id()) ? Answers.wrong(item) : Answers.right(item);
            Answer answer = AnswerCodec.fromForm(item, form).orElseThrow();
            learning.answer(Learner.pupil(pupilId), module, attemptId, item, answer);
        }
    }

    private static Map<String, Integer> confidence(Module module, int first, int second) {
        return Map.of(
                module.confidence().get(0).id(),
                first,
                module.confidence().get(1).id(),
                second);
    }

    static long assign(long classId, String moduleId, LocalDate start, LocalDate end) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assignment a = new Assignment();
            a.schoolClass = SchoolClass.findById(classId);
            a.moduleId = moduleId;
            a.startsOn = start;
            a.endsOn = end;
            a.createdAt = LocalDateTime.now();
            a.persist();
            return a.id;
        });
    }
}

package org.hifazat.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.format.CatalogueLoader;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Scoring;
import org.hifazat.learning.AnswerCodec;
import org.junit.jupiter.api.Test;

/** The benchmark's answers are the ones the app itself would store and mark, on the real modules. */
class QuizKeyTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("lessons"), Path.of("content"));

    private static List<Module> pupilModules() {
        List<Module> modules = CATALOGUE.modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL)
                .toList();
        assertTrue(modules.size() >= 12, "the dataset needs 12 or more pupil modules, found " + modules.size());
        return modules;
    }

    @Test
    void rightAnswersAreMarkedRightAndTheFailingPatternFailsTheQuiz() {
        for (Module module : pupilModules()) {
            QuizKey key = QuizKey.of(module);
            assertEquals(module.quiz().size(), key.questions().size());
            for (int i = 0; i < module.quiz().size(); i++) {
                QuizItem item = module.quiz().get(i);
                QuizKey.Question q = key.questions().get(i);
                assertEquals(item.id(), q.id());
                assertEquals(i + 1, q.number());
                Answer right = AnswerCodec.decode(q.rightAnswer());
                assertTrue(Scoring.fits(item, right), module.id() + "/" + item.id() + " right answer fits");
                if (q.graded()) {
                    assertTrue(Scoring.score(item, right).correct(), module.id() + "/" + item.id());
                }
                Answer fail = AnswerCodec.decode(q.failAnswer());
                assertEquals(q.failCorrect(), Scoring.score(item, fail).correct(), module.id() + "/" + item.id());
            }
            long wrong = key.questions().stream()
                    .filter(q -> q.graded() && !q.failCorrect())
                    .count();
            assertTrue(wrong > 0, module.id() + " failing pattern has wrong answers");
            assertTrue(key.failScore() < module.mastery(), module.id() + " failing score " + key.failScore());
        }
    }

    @Test
    void theFormsPostTheRightAnswerAsThePupilsBrowserWould() {
        for (Module module : pupilModules()) {
            QuizKey key = QuizKey.of(module);
            for (int i = 0; i < module.quiz().size(); i++) {
                QuizItem item = module.quiz().get(i);
                Map<String, List<String>> form = new HashMap<>();
                for (String field : key.questions().get(i).rightForm().split("&")) {
                    String[] kv = field.split("=", 2);
                    form.computeIfAbsent(kv[0], k -> new ArrayList<>())
                            .add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                }
                Answer posted = AnswerCodec.fromForm(item, form).orElseThrow();
                assertEquals(key.questions().get(i).rightAnswer(), AnswerCodec.encode(posted), item.id());
            }
        }
    }

    @Test
    void theSameModuleAlwaysGivesTheSameKey() {
        Module module = pupilModules().get(0);
        assertEquals(QuizKey.of(module), QuizKey.of(module));
        assertFalse(QuizKey.of(module).questions().isEmpty());
    }
}

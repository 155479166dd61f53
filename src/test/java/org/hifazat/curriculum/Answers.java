package org.hifazat.curriculum;

import java.util.ArrayList;
import java.util.List;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Step;
import org.hifazat.curriculum.model.Text;

/** Every text of a module that would give an answer away if a page or the API showed it before answering. */
final class Answers {

    private Answers() {}

    static List<String> revealing(Module module) {
        List<Text> texts = new ArrayList<>();
        for (QuizItem item : module.quiz()) {
            if (item instanceof QuizItem.Single q) {
                q.options().stream().map(Option::feedback).forEach(texts::add);
            } else if (item instanceof QuizItem.Multiple q) {
                q.options().stream().map(Option::feedback).forEach(texts::add);
            } else if (item instanceof QuizItem.Chat q) {
                q.options().stream().map(Option::feedback).forEach(texts::add);
            } else if (item instanceof QuizItem.TrueFalse q) {
                texts.addAll(q.feedback().values());
            } else if (item instanceof QuizItem.RedFlags q) {
                q.message().parts().forEach(p -> texts.add(p.feedback()));
            } else if (item instanceof QuizItem.Sort q) {
                q.sort().cards().forEach(c -> texts.add(c.feedback()));
            } else if (item instanceof QuizItem.Order q) {
                texts.add(q.sequence().feedback());
            } else if (item instanceof QuizItem.Match q) {
                texts.add(q.feedback());
            }
        }
        for (Step step : module.steps()) {
            if (step instanceof Step.Chat chat) {
                chat.nodes().forEach(n -> n.replies().forEach(r -> texts.add(r.feedback())));
            }
        }
        List<String> strings = new ArrayList<>();
        texts.stream().filter(t -> t != null).forEach(t -> {
            strings.add(t.en());
            strings.add(t.ur());
        });
        return strings;
    }

    /** The correct order of the first order question, by ids. */
    static List<String> correctOrder(Module module) {
        return module.quiz().stream()
                .filter(q -> q instanceof QuizItem.Order)
                .map(q -> ((QuizItem.Order) q)
                        .sequence().items().stream().map(e -> e.id()).toList())
                .findFirst()
                .orElse(List.of());
    }
}

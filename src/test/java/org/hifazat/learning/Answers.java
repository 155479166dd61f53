package org.hifazat.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.model.Card;
import org.hifazat.curriculum.model.MatchPair;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.Part;
import org.hifazat.curriculum.model.QuizItem;

/** Builds the form a pupil would send for the right (or a wrong) answer to any question, from the module itself. */
public final class Answers {

    private Answers() {}

    public static Map<String, List<String>> right(QuizItem item) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (item instanceof QuizItem.Single q) {
            form.put("option", correct(q.options()));
        } else if (item instanceof QuizItem.Chat q) {
            form.put("option", correct(q.options()));
        } else if (item instanceof QuizItem.Multiple q) {
            form.put("option", correct(q.options()));
        } else if (item instanceof QuizItem.Pledge q) {
            form.put("option", List.of(q.options().get(0).id()));
        } else if (item instanceof QuizItem.TrueFalse q) {
            form.put("verdict", List.of(Boolean.toString(q.answer())));
        } else if (item instanceof QuizItem.RedFlags q) {
            form.put(
                    "option",
                    q.message().parts().stream()
                            .filter(Part::flag)
                            .map(Part::id)
                            .toList());
        } else if (item instanceof QuizItem.Sort q) {
            for (Card card : q.sort().cards()) {
                form.put("card." + card.id(), List.of(card.category()));
            }
        } else if (item instanceof QuizItem.Order q) {
            for (int i = 0; i < q.sequence().items().size(); i++) {
                form.put("rank." + q.sequence().items().get(i).id(), List.of(Integer.toString(i + 1)));
            }
        } else if (item instanceof QuizItem.Match q) {
            for (MatchPair pair : q.pairs()) {
                form.put("pair." + pair.id(), List.of(pair.id()));
            }
        }
        return form;
    }

    /** A well-formed but wrong answer (graded items only). */
    public static Map<String, List<String>> wrong(QuizItem item) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (item instanceof QuizItem.Single q) {
            form.put("option", List.of(firstWrong(q.options())));
        } else if (item instanceof QuizItem.Chat q) {
            form.put("option", List.of(firstWrong(q.options())));
        } else if (item instanceof QuizItem.Multiple q) {
            form.put("option", List.of(firstWrong(q.options())));
        } else if (item instanceof QuizItem.TrueFalse q) {
            form.put("verdict", List.of(Boolean.toString(!q.answer())));
        } else if (item instanceof QuizItem.RedFlags q) {
            form.put("option", List.of());
        } else if (item instanceof QuizItem.Sort q) {
            String other = q.sort().categories().get(0).id();
            for (Card card : q.sort().cards()) {
                String wrong = card.category().equals(other)
                        ? q.sort().categories().get(1).id()
                        : other;
                form.put("card." + card.id(), List.of(wrong));
            }
        } else if (item instanceof QuizItem.Order q) {
            int n = q.sequence().items().size();
            for (int i = 0; i < n; i++) {
                form.put("rank." + q.sequence().items().get(i).id(), List.of(Integer.toString(n - i)));
            }
        } else if (item instanceof QuizItem.Match q) {
            List<MatchPair> pairs = q.pairs();
            for (int i = 0; i < pairs.size(); i++) {
                form.put(
                        "pair." + pairs.get(i).id(),
                        List.of(pairs.get((i + 1) % pairs.size()).id()));
            }
        } else {
            return right(item);
        }
        return form;
    }

    private static List<String> correct(List<Option> options) {
        List<String> ids = new ArrayList<>();
        options.stream().filter(Option::correct).forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static String firstWrong(List<Option> options) {
        return options.stream()
                .filter(o -> !o.correct())
                .findFirst()
                .orElseThrow()
                .id();
    }
}

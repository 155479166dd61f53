package org.hifazat.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.Card;
import org.hifazat.curriculum.model.Entry;
import org.hifazat.curriculum.model.ItemResult;
import org.hifazat.curriculum.model.MatchPair;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.Part;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.QuizResult;
import org.hifazat.curriculum.model.Scoring;
import org.hifazat.learning.AnswerCodec;

/**
 * A right and a wrong answer to every quiz item of a module, as the app stores them and as a form would post them,
 * with the scores the app gives to a quiz answered all right and to one answered wrongly on the first half of its
 * graded items. Pure code: scored with {@link Scoring}, so the dataset holds what real pupils' answers would.
 */
public record QuizKey(String moduleId, String version, List<Question> questions, int failScore, boolean failCritical) {

    /**
     * One item: {@code number} counts from 1 as in the quiz URLs; {@code failAnswer} is what a failing attempt
     * stored, and {@code failCorrect} whether the app marks it right.
     */
    public record Question(
            int number,
            String id,
            boolean graded,
            String rightAnswer,
            String failAnswer,
            boolean failCorrect,
            String rightForm) {}

    public static QuizKey of(Module module) {
        List<QuizItem> items = module.quiz();
        int gradedSeen = 0;
        int gradedTotal = (int) items.stream().filter(QuizKey::graded).count();
        List<Question> questions = new ArrayList<>();
        Map<String, ItemResult> failed = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            QuizItem item = items.get(i);
            Answer right = right(item);
            Answer fail = right;
            if (graded(item) && gradedSeen++ < (gradedTotal + 1) / 2) {
                fail = wrong(item);
            }
            ItemResult rightResult = Scoring.score(item, right);
            ItemResult failResult = Scoring.score(item, fail);
            if (graded(item) && !rightResult.correct()) {
                throw new IllegalStateException("no right answer found for " + module.id() + "/" + item.id());
            }
            failed.put(item.id(), failResult);
            questions.add(new Question(
                    i + 1,
                    item.id(),
                    graded(item),
                    AnswerCodec.encode(right),
                    AnswerCodec.encode(fail),
                    failResult.correct(),
                    form(right)));
        }
        QuizResult failing = Scoring.result(module, failed);
        return new QuizKey(
                module.id(),
                module.version(),
                List.copyOf(questions),
                failing.percent(),
                !failing.criticalMissed().isEmpty());
    }

    static boolean graded(QuizItem item) {
        return !(item instanceof QuizItem.Pledge);
    }

    /** The answer the lesson file marks right (for a pledge: its first option). */
    static Answer right(QuizItem item) {
        if (item instanceof QuizItem.Single q) {
            return choice(q.options(), true, 1);
        } else if (item instanceof QuizItem.Chat q) {
            return choice(q.options(), true, 1);
        } else if (item instanceof QuizItem.Multiple q) {
            return choice(q.options(), true, Integer.MAX_VALUE);
        } else if (item instanceof QuizItem.Pledge q) {
            return new Answer.Choice(Set.of(q.options().get(0).id()));
        } else if (item instanceof QuizItem.RedFlags q) {
            Set<String> ids = new HashSet<>();
            for (Part p : q.message().parts()) {
                if (p.flag()) {
                    ids.add(p.id());
                }
            }
            return new Answer.Choice(ids);
        } else if (item instanceof QuizItem.TrueFalse q) {
            return new Answer.Verdict(q.answer());
        } else if (item instanceof QuizItem.Sort q) {
            Map<String, String> placed = new HashMap<>();
            for (Card c : q.sort().cards()) {
                placed.put(c.id(), c.category());
            }
            return new Answer.Placement(placed);
        } else if (item instanceof QuizItem.Order q) {
            return new Answer.Ordering(
                    q.sequence().items().stream().map(Entry::id).toList());
        } else if (item instanceof QuizItem.Match q) {
            Map<String, String> pairs = new HashMap<>();
            for (MatchPair p : q.pairs()) {
                pairs.put(p.id(), p.id());
            }
            return new Answer.Pairing(pairs);
        }
        throw new IllegalArgumentException("unknown item type " + item.getClass());
    }

    /** An answer of the right shape that the app marks wrong. */
    static Answer wrong(QuizItem item) {
        if (item instanceof QuizItem.Single q) {
            return choice(q.options(), false, 1);
        } else if (item instanceof QuizItem.Chat q) {
            return choice(q.options(), false, 1);
        } else if (item instanceof QuizItem.Multiple q) {
            return choice(q.options(), false, Integer.MAX_VALUE);
        } else if (item instanceof QuizItem.RedFlags) {
            return new Answer.Choice(Set.of());
        } else if (item instanceof QuizItem.TrueFalse q) {
            return new Answer.Verdict(!q.answer());
        } else if (item instanceof QuizItem.Sort q) {
            Map<String, String> placed = new HashMap<>();
            String other = q.sort().categories().stream()
                    .map(c -> c.id())
                    .filter(id -> !id.equals(q.sort().cards().get(0).category()))
                    .findFirst()
                    .orElse(q.sort().cards().get(0).category());
            for (Card c : q.sort().cards()) {
                placed.put(c.id(), other);
            }
            return new Answer.Placement(placed);
        } else if (item instanceof QuizItem.Order q) {
            List<String> ids =
                    new ArrayList<>(q.sequence().items().stream().map(Entry::id).toList());
            java.util.Collections.reverse(ids);
            return new Answer.Ordering(ids);
        } else if (item instanceof QuizItem.Match q) {
            Map<String, String> pairs = new HashMap<>();
            List<MatchPair> list = q.pairs();
            for (int i = 0; i < list.size(); i++) {
                pairs.put(list.get(i).id(), list.get((i + 1) % list.size()).id());
            }
            return new Answer.Pairing(pairs);
        }
        return right(item);
    }

    private static Answer choice(List<Option> options, boolean correct, int atMost) {
        Set<String> ids = new HashSet<>();
        for (Option o : options) {
            if (o.correct() == correct && ids.size() < atMost) {
                ids.add(o.id());
            }
        }
        return new Answer.Choice(ids);
    }

    /** The form fields a pupil's browser posts for this answer (without the CSRF token). */
    static String form(Answer answer) {
        StringJoiner fields = new StringJoiner("&");
        if (answer instanceof Answer.Choice c) {
            c.ids().stream().sorted().forEach(id -> fields.add("option=" + id));
        } else if (answer instanceof Answer.Verdict v) {
            fields.add("verdict=" + v.value());
        } else if (answer instanceof Answer.Placement p) {
            p.categoryOfCard().forEach((card, category) -> fields.add("card." + card + "=" + category));
        } else if (answer instanceof Answer.Ordering o) {
            for (int i = 0; i < o.ids().size(); i++) {
                fields.add("rank." + o.ids().get(i) + "=" + (i + 1));
            }
        } else if (answer instanceof Answer.Pairing m) {
            m.rightOfLeft().forEach((left, right) -> fields.add("pair." + left + "=" + right));
        }
        return fields.toString();
    }
}

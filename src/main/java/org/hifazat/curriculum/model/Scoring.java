package org.hifazat.curriculum.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Pure scoring of quiz answers and the mastery rule. No state: the same answer always gets the same result. */
public final class Scoring {

    private Scoring() {}

    /**
     * Scores one answer. A missing answer, or an answer of the wrong kind, counts as wrong (check {@link #fits}
     * first to tell a tampered request from a wrong answer).
     */
    public static ItemResult score(QuizItem item, Answer answer) {
        if (item instanceof QuizItem.Single q) {
            return choice(q, q.options(), chosen(answer));
        } else if (item instanceof QuizItem.Multiple q) {
            return choice(q, q.options(), chosen(answer));
        } else if (item instanceof QuizItem.Chat q) {
            return choice(q, q.options(), chosen(answer));
        } else if (item instanceof QuizItem.RedFlags q) {
            Set<String> tapped = chosen(answer);
            List<Mark> marks = q.message().parts().stream()
                    .map(p -> mark(p.id(), tapped.contains(p.id()), p.flag(), p.feedback()))
                    .toList();
            return result(q, null, marks);
        } else if (item instanceof QuizItem.TrueFalse q) {
            if (!(answer instanceof Answer.Verdict v)) {
                return new ItemResult(q.id(), true, q.critical(), false, null, List.of());
            }
            return new ItemResult(
                    q.id(),
                    true,
                    q.critical(),
                    v.value() == q.answer(),
                    q.feedback().get(v.value()),
                    List.of());
        } else if (item instanceof QuizItem.Sort q) {
            Map<String, String> placed = answer instanceof Answer.Placement p ? p.categoryOfCard() : Map.of();
            List<Mark> marks = q.sort().cards().stream()
                    .map(c -> new Mark(
                            c.id(),
                            placed.containsKey(c.id()),
                            true,
                            c.category().equals(placed.get(c.id())),
                            c.feedback()))
                    .toList();
            return result(q, null, marks);
        } else if (item instanceof QuizItem.Order q) {
            List<String> ids = answer instanceof Answer.Ordering o ? o.ids() : List.of();
            List<Entry> items = q.sequence().items();
            List<Mark> marks = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i).id();
                marks.add(new Mark(
                        id, ids.contains(id), true, i < ids.size() && ids.get(i).equals(id), null));
            }
            boolean exact = ids.size() == items.size() && marks.stream().allMatch(Mark::right);
            return new ItemResult(
                    q.id(), true, q.critical(), exact, q.sequence().feedback(), marks);
        } else if (item instanceof QuizItem.Match q) {
            Map<String, String> joined = answer instanceof Answer.Pairing p ? p.rightOfLeft() : Map.of();
            List<Mark> marks = q.pairs().stream()
                    .map(p ->
                            new Mark(p.id(), joined.containsKey(p.id()), true, p.id().equals(joined.get(p.id())), null))
                    .toList();
            return result(q, q.feedback(), marks);
        } else if (item instanceof QuizItem.Pledge q) {
            Set<String> ids = chosen(answer);
            List<Mark> marks = q.options().stream()
                    .map(o -> new Mark(o.id(), ids.contains(o.id()), false, true, o.feedback()))
                    .toList();
            return new ItemResult(q.id(), false, false, false, null, marks);
        }
        throw new IllegalArgumentException("unknown item type " + item.getClass());
    }

    /**
     * Whether an answer has the right shape for the item and names only its ids: single and chat one option,
     * sort every card in a known category, order every item once, match every left side to a distinct right side.
     */
    public static boolean fits(QuizItem item, Answer answer) {
        if (item instanceof QuizItem.Single q) {
            return answer instanceof Answer.Choice c && c.ids().size() == 1 && known(c.ids(), q.options(), Option::id);
        } else if (item instanceof QuizItem.Chat q) {
            return answer instanceof Answer.Choice c && c.ids().size() == 1 && known(c.ids(), q.options(), Option::id);
        } else if (item instanceof QuizItem.Multiple q) {
            return answer instanceof Answer.Choice c && known(c.ids(), q.options(), Option::id);
        } else if (item instanceof QuizItem.Pledge q) {
            return answer instanceof Answer.Choice c && known(c.ids(), q.options(), Option::id);
        } else if (item instanceof QuizItem.RedFlags q) {
            return answer instanceof Answer.Choice c
                    && known(c.ids(), q.message().parts(), Part::id);
        } else if (item instanceof QuizItem.TrueFalse) {
            return answer instanceof Answer.Verdict;
        } else if (item instanceof QuizItem.Sort q) {
            return answer instanceof Answer.Placement p
                    && p.categoryOfCard().keySet().equals(ids(q.sort().cards(), Card::id))
                    && known(
                            new HashSet<>(p.categoryOfCard().values()), q.sort().categories(), Category::id);
        } else if (item instanceof QuizItem.Order q) {
            return answer instanceof Answer.Ordering o
                    && o.ids().size() == q.sequence().items().size()
                    && new HashSet<>(o.ids()).equals(ids(q.sequence().items(), Entry::id));
        } else if (item instanceof QuizItem.Match q) {
            Set<String> pairIds = ids(q.pairs(), MatchPair::id);
            return answer instanceof Answer.Pairing p
                    && p.rightOfLeft().keySet().equals(pairIds)
                    && new HashSet<>(p.rightOfLeft().values()).equals(pairIds);
        }
        return false;
    }

    /**
     * The quiz outcome from the results given so far (keyed by item id). An unanswered graded item counts as wrong;
     * mastery needs score >= the module's threshold and no critical item wrong.
     */
    public static QuizResult result(Module module, Map<String, ItemResult> results) {
        int graded = 0;
        int points = 0;
        List<String> criticalMissed = new ArrayList<>();
        for (QuizItem item : module.quiz()) {
            if (!item.graded()) {
                continue;
            }
            graded++;
            ItemResult r = results.get(item.id());
            boolean correct = r != null && r.correct();
            if (correct) {
                points++;
            } else if (item.critical()) {
                criticalMissed.add(item.id());
            }
        }
        int percent = graded == 0 ? 0 : points * 100 / graded;
        // compare in integers so that 4 of 5 against 80 % is not lost to rounding
        boolean mastered = graded > 0 && points * 100 >= module.mastery() * graded && criticalMissed.isEmpty();
        return new QuizResult(points, graded, percent, mastered, List.copyOf(criticalMissed));
    }

    private static ItemResult choice(QuizItem item, List<Option> options, Set<String> chosen) {
        List<Mark> marks = options.stream()
                .map(o -> mark(o.id(), chosen.contains(o.id()), o.correct(), o.feedback()))
                .toList();
        return result(item, null, marks);
    }

    private static Mark mark(String id, boolean chosen, boolean correct, Text feedback) {
        return new Mark(id, chosen, correct, chosen == correct, feedback);
    }

    private static ItemResult result(QuizItem item, Text feedback, List<Mark> marks) {
        boolean correct = marks.stream().allMatch(Mark::right);
        return new ItemResult(item.id(), true, item.critical(), correct, feedback, marks);
    }

    private static Set<String> chosen(Answer answer) {
        return answer instanceof Answer.Choice c ? c.ids() : Set.of();
    }

    private static <T> boolean known(Set<String> ids, List<T> pieces, Function<T, String> id) {
        return ids(pieces, id).containsAll(ids);
    }

    private static <T> Set<String> ids(List<T> pieces, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        pieces.forEach(p -> ids.add(id.apply(p)));
        return ids;
    }
}

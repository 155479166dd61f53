package org.hifazat.curriculum.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.model.MatchPair;
import org.hifazat.curriculum.model.Message;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Text;

/** Reads one quiz item from module.yaml and checks its answer key. */
final class QuizReader {

    private QuizReader() {}

    /** The item, or null if its id is taken or if it has problems (they are reported). */
    static QuizItem read(Fields f, UniqueIds ids) {
        Source src = f.source();
        int before = src.problems().size();
        String id = f.id("id");
        boolean unique = ids.add(id, f.line());
        String type = f.string("type", true);
        Text prompt = f.text("prompt");
        if (type == null) {
            return null;
        }
        // pledges are never graded, so "critical" is not a key they may have
        boolean critical = !"pledge".equals(type) && f.bool("critical", false);
        QuizItem item;
        switch (type) {
            case "single" -> item = new QuizItem.Single(id, prompt, critical, oneCorrect(f));
            case "multiple" -> {
                List<Option> options = Pieces.options(f, true);
                if (!options.isEmpty() && options.stream().noneMatch(Option::correct)) {
                    src.error(f.line("options"), "no option is marked 'correct: true'");
                }
                item = new QuizItem.Multiple(id, prompt, critical, options);
            }
            case "truefalse" -> item = trueFalse(f, id, prompt, critical);
            case "chat" -> item = new QuizItem.Chat(id, prompt, critical, messages(f), oneCorrect(f));
            case "redflags" -> item = new QuizItem.RedFlags(id, prompt, critical, Pieces.message(f));
            case "sort" -> item = new QuizItem.Sort(id, prompt, critical, Pieces.sort(f));
            case "order" -> item = new QuizItem.Order(id, prompt, critical, Pieces.sequence(f));
            case "match" -> item = match(f, id, prompt, critical);
            case "pledge" -> item = new QuizItem.Pledge(id, prompt, Pieces.options(f, false));
            default -> {
                src.error(
                        f.node("type"),
                        "unknown question type '" + type + "' (expected: single, multiple, "
                                + "truefalse, chat, redflags, sort, order, match, pledge)");
                return null;
            }
        }
        f.finish();
        return !unique || src.problems().size() > before ? null : item;
    }

    private static List<Option> oneCorrect(Fields f) {
        List<Option> options = Pieces.options(f, true);
        long correct = options.stream().filter(Option::correct).count();
        if (!options.isEmpty() && correct != 1) {
            f.source().error(f.line("options"), "exactly one option must be 'correct: true' (found " + correct + ")");
        }
        return options;
    }

    private static QuizItem trueFalse(Fields f, String id, Text prompt, boolean critical) {
        Boolean answer = f.bool("answer", null);
        Text onTrue = null;
        Text onFalse = null;
        if (f.required("feedback") != null) {
            Fields feedback = Fields.of(f.source(), f.node("feedback"), "'feedback' of a true/false question");
            if (feedback != null) {
                onTrue = feedback.text("true");
                onFalse = feedback.text("false");
                feedback.finish();
            }
        }
        return new QuizItem.TrueFalse(
                id,
                prompt,
                critical,
                answer == Boolean.TRUE,
                onTrue == null || onFalse == null ? Map.of() : Map.of(true, onTrue, false, onFalse));
    }

    private static List<Message> messages(Fields f) {
        List<Message> messages = new ArrayList<>();
        for (Fields m : f.objects("messages", true, "a message")) {
            String from = m.string("from", true);
            if (from != null && !from.equals("them") && !from.equals("me")) {
                f.source().error(m.node("from"), "'from' must be them or me");
            }
            messages.add(new Message("me".equals(from), m.text("text")));
            m.finish();
        }
        return messages;
    }

    private static QuizItem match(Fields f, String id, Text prompt, boolean critical) {
        List<MatchPair> pairs = f.each(
                "pairs",
                true,
                "pair",
                (pairId, p) -> new MatchPair(
                        pairId,
                        p.required("left") == null ? null : Texts.side(f.source(), p.node("left"), "'left'"),
                        p.required("right") == null ? null : Texts.side(f.source(), p.node("right"), "'right'")));
        if (pairs.size() == 1) {
            f.source().error(f.line("pairs"), "a match needs at least two pairs");
        }
        return new QuizItem.Match(id, prompt, critical, pairs, f.text("feedback"));
    }
}

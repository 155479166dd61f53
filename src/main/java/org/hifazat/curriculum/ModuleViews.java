package org.hifazat.curriculum;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hifazat.curriculum.model.Confidence;
import org.hifazat.curriculum.model.Entry;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.FakeMessage;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Text;

/**
 * What the public API shows of a module. Built field by field from the model, never serialised from it, so that no
 * correct answer, red flag, card category, chat branch or per-option feedback can slip out.
 */
final class ModuleViews {

    private ModuleViews() {}

    @Schema(description = "A module in the catalogue")
    record Summary(
            String id,

            @Schema(description = "content version: changes with any edit of the module's files")
            String version,

            @Schema(enumeration = {"pupil", "teacher"}) String audience,
            String topic,

            @Schema(description = "age band A-D; absent for teacher units", nullable = true)
            String band,

            int minutes,
            Text title,
            Text question) {

        static Summary of(Module m) {
            return new Summary(
                    m.id(), m.version(), audienceOf(m), m.topic(), bandOf(m), m.minutes(), m.title(), m.question());
        }
    }

    @Schema(description = "A module's outline: steps and questions without answers or feedback")
    record Detail(
            String id,
            String version,
            String audience,
            String topic,
            String band,
            int minutes,

            @Schema(description = "per cent of graded questions needed for mastery")
            int mastery,

            Text title,
            Text question,
            List<Text> objectives,
            List<Text> keywords,
            List<FactView> facts,
            List<Confidence> confidence,
            List<StepView> steps,
            List<QuestionView> quiz) {

        static Detail of(Module m, List<Fact> facts) {
            return new Detail(
                    m.id(),
                    m.version(),
                    audienceOf(m),
                    m.topic(),
                    bandOf(m),
                    m.minutes(),
                    m.mastery(),
                    m.title(),
                    m.question(),
                    m.objectives(),
                    m.keywords(),
                    facts.stream().map(FactView::of).toList(),
                    m.confidence(),
                    m.steps().stream()
                            .map(s -> new StepView(s.id(), s.type(), s.title()))
                            .toList(),
                    m.quiz().stream().map(QuestionView::of).toList());
        }
    }

    @Schema(description = "A fact the module shows, with its source and the date it was last checked")
    record FactView(String key, Text text, String source, String url, LocalDate checked) {
        static FactView of(Fact f) {
            return new FactView(f.key(), f.text(), f.source(), f.url(), f.checked());
        }
    }

    record StepView(String id, String type, Text title) {}

    @Schema(name = "Error", description = "Every API error: a short English message and details")
    record ErrorBody(String error, List<String> details) {}

    @Schema(description = "A piece to choose, tap, sort, order or match; its id is what an answer names")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Choice(String id, Text text) {}

    @Schema(description = "A chat line shown before a chat question")
    record Line(@Schema(enumeration = {"them", "me"}) String from, Text text) {}

    @Schema(
            description = "A quiz question without its answer. Order items never come in their correct order, and"
                    + " match targets come sorted by text without ids, so neither gives the answer away.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record QuestionView(
            String id,
            String type,
            Text prompt,
            boolean critical,
            String format,
            Text sender,
            List<Line> messages,
            List<Choice> categories,
            List<Choice> choices,
            List<Choice> targets) {

        static QuestionView of(QuizItem item) {
            QuestionView base = new QuestionView(
                    item.id(), item.type(), item.prompt(), item.critical(), null, null, null, null, null, null);
            if (item instanceof QuizItem.Single q) {
                return base.with(null, null, null, options(q.options()), null);
            } else if (item instanceof QuizItem.Multiple q) {
                return base.with(null, null, null, options(q.options()), null);
            } else if (item instanceof QuizItem.Pledge q) {
                return base.with(null, null, null, options(q.options()), null);
            } else if (item instanceof QuizItem.Chat q) {
                List<Line> lines = q.messages().stream()
                        .map(l -> new Line(l.fromMe() ? "me" : "them", l.text()))
                        .toList();
                return base.with(null, lines, null, options(q.options()), null);
            } else if (item instanceof QuizItem.RedFlags q) {
                return base.with(
                        q.message(),
                        null,
                        null,
                        q.message().parts().stream()
                                .map(p -> new Choice(p.id(), p.text()))
                                .toList(),
                        null);
            } else if (item instanceof QuizItem.Sort q) {
                return base.with(
                        null,
                        null,
                        q.sort().categories().stream()
                                .map(c -> new Choice(c.id(), c.label()))
                                .toList(),
                        q.sort().cards().stream()
                                .map(c -> new Choice(c.id(), c.text()))
                                .toList(),
                        null);
            } else if (item instanceof QuizItem.Order q) {
                return base.with(null, null, null, notInOrder(q.sequence().items()), null);
            } else if (item instanceof QuizItem.Match q) {
                return base.with(
                        null,
                        null,
                        null,
                        q.pairs().stream()
                                .map(p -> new Choice(p.id(), p.left()))
                                .toList(),
                        q.pairs().stream()
                                .map(p -> new Choice(null, p.right()))
                                .sorted(Comparator.comparing(c -> c.text().en()))
                                .toList());
            }
            return base;
        }

        private QuestionView with(
                FakeMessage message,
                List<Line> lines,
                List<Choice> categories,
                List<Choice> choices,
                List<Choice> targets) {
            return new QuestionView(
                    id,
                    type,
                    prompt,
                    critical,
                    message == null ? null : message.format().name().toLowerCase(Locale.ROOT),
                    message == null ? null : message.sender(),
                    lines,
                    categories,
                    choices,
                    targets);
        }
    }

    /** The items sorted by id, turned by one place if that happens to be the correct order. */
    static List<Choice> notInOrder(List<Entry> items) {
        List<Entry> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Entry::id));
        if (sorted.equals(items)) {
            Collections.rotate(sorted, 1);
        }
        return sorted.stream().map(e -> new Choice(e.id(), e.text())).toList();
    }

    private static List<Choice> options(List<Option> options) {
        return options.stream().map(o -> new Choice(o.id(), o.text())).toList();
    }

    static String audienceOf(Module m) {
        return m.audience().name().toLowerCase(Locale.ROOT);
    }

    static String bandOf(Module m) {
        return m.band() == null ? null : m.band().name();
    }
}

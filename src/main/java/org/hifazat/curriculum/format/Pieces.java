package org.hifazat.curriculum.format;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hifazat.curriculum.model.Card;
import org.hifazat.curriculum.model.CardSort;
import org.hifazat.curriculum.model.Category;
import org.hifazat.curriculum.model.Entry;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.FakeMessage;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.Part;
import org.hifazat.curriculum.model.Sequence;
import org.hifazat.curriculum.model.Text;
import org.yaml.snakeyaml.nodes.Node;

/** Readers for the pieces shared by steps and quiz items: options, fake messages, card sorts, sequences, facts. */
final class Pieces {

    private Pieces() {}

    /** Options of a choice item; {@code graded} options need {@code feedback} ({@code correct} is false unless set). */
    static List<Option> options(Fields item, boolean graded) {
        return item.each(
                "options",
                true,
                "option",
                (id, f) -> new Option(
                        id,
                        f.text("text"),
                        graded && f.bool("correct", false),
                        graded ? f.text("feedback") : f.optionalText("feedback")));
    }

    static FakeMessage message(Fields item) {
        FakeMessage.Format format = null;
        String written = item.string("format", true);
        if (written != null) {
            try {
                format = FakeMessage.Format.valueOf(written.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                item.source()
                        .error(
                                item.node("format"),
                                "unknown format '" + written + "' (expected: sms, chat, email, profile)");
            }
        }
        Text sender = Texts.name(item, "sender");
        List<Part> parts = item.each(
                "parts",
                true,
                "part",
                (id, f) -> new Part(id, f.text("text"), f.bool("flag", false), f.text("feedback")));
        if (!parts.isEmpty() && parts.stream().noneMatch(Part::flag)) {
            item.source().error(item.line("parts"), "no part is marked 'flag: true'");
        }
        return new FakeMessage(format, sender, parts);
    }

    static CardSort sort(Fields item) {
        List<Category> categories =
                item.each("categories", true, "category", (id, f) -> new Category(id, f.text("label")));
        Set<String> categoryIds = new HashSet<>();
        categories.forEach(c -> categoryIds.add(c.id()));
        if (categories.size() == 1) {
            item.source().error(item.line("categories"), "a sort needs at least two categories");
        }
        List<Card> cards = item.each("cards", true, "card", (id, f) -> {
            String category = f.string("category", true);
            if (category != null && !categoryIds.contains(category)) {
                item.source()
                        .error(f.node("category"), "card '" + id + "' names a missing category '" + category + "'");
            }
            return new Card(id, f.text("text"), category, f.text("feedback"));
        });
        return new CardSort(categories, cards);
    }

    static Sequence sequence(Fields item) {
        List<Entry> entries = item.each("items", true, "item", (id, f) -> new Entry(id, f.text("text")));
        if (entries.size() == 1) {
            item.source().error(item.line("items"), "an order needs at least two items");
        }
        return new Sequence(entries, item.text("feedback"));
    }

    /**
     * The fact keys listed under {@code facts:}, each checked against content/facts; returns the usable ones by key
     * (all listed keys go into {@code listed}, so prose using a rejected key is not reported twice).
     */
    static Map<String, Fact> facts(Fields fields, Registry registry, List<String> listed) {
        Map<String, Fact> usable = new LinkedHashMap<>();
        UniqueIds ids = new UniqueIds(fields.source(), "fact");
        for (Node node : fields.list("facts", false)) {
            String key = node instanceof org.yaml.snakeyaml.nodes.ScalarNode s
                    ? s.getValue().strip()
                    : null;
            if (key == null || key.isEmpty()) {
                fields.source().error(node, "a fact key must be a single word like drf-helpline");
                continue;
            }
            listed.add(key);
            if (!ids.add(key, Source.line(node))) {
                continue;
            }
            Fact fact = registry.facts().get(key);
            if (fact == null) {
                fields.source().error(node, "unknown fact '" + key + "' (not in content/facts/facts.yaml)");
            } else if (!fact.verified()) {
                fields.source()
                        .error(
                                node,
                                "fact '" + key + "' is unverified and must not be shown yet"
                                        + (fact.note() == null ? "" : " (" + fact.note() + ")"));
            } else {
                usable.put(key, fact);
            }
        }
        return usable;
    }
}

package org.hifazat.curriculum.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builders for quiz items and modules in tests, so each test states only what it is about. */
final class Items {

    private Items() {}

    static Text text(String en) {
        return new Text(en, "اردو " + en);
    }

    static Option option(String id, boolean correct) {
        return new Option(id, text(id), correct, text("because " + id));
    }

    static QuizItem.Single single(String id, boolean critical, Option... options) {
        return new QuizItem.Single(id, text(id), critical, List.of(options));
    }

    static QuizItem.Multiple multiple(String id, Option... options) {
        return new QuizItem.Multiple(id, text(id), false, List.of(options));
    }

    static QuizItem.Chat chat(String id, Option... options) {
        return new QuizItem.Chat(id, text(id), false, List.of(new Message(false, text("hi"))), List.of(options));
    }

    static QuizItem.TrueFalse trueFalse(String id, boolean answer) {
        return new QuizItem.TrueFalse(
                id, text(id), false, answer, Map.of(true, text("on true"), false, text("on false")));
    }

    static QuizItem.RedFlags redFlags(String id, String... flaggedThenPlain) {
        List<Part> parts = Arrays.stream(flaggedThenPlain)
                .map(p -> new Part(p.replace("!", ""), text(p), p.endsWith("!"), text("why " + p)))
                .toList();
        return new QuizItem.RedFlags(id, text(id), false, new FakeMessage(FakeMessage.Format.SMS, text("x"), parts));
    }

    /** Cards as "card:category" strings; categories are "private" and "ok". */
    static QuizItem.Sort sort(String id, String... cards) {
        List<Category> categories = List.of(new Category("private", text("private")), new Category("ok", text("ok")));
        List<Card> list = Arrays.stream(cards)
                .map(c -> c.split(":"))
                .map(c -> new Card(c[0], text(c[0]), c[1], text("why " + c[0])))
                .toList();
        return new QuizItem.Sort(id, text(id), false, new CardSort(categories, list));
    }

    static QuizItem.Order order(String id, String... itemsInOrder) {
        List<Entry> entries =
                Arrays.stream(itemsInOrder).map(i -> new Entry(i, text(i))).toList();
        return new QuizItem.Order(id, text(id), false, new Sequence(entries, text("order")));
    }

    static QuizItem.Match match(String id, String... pairIds) {
        List<MatchPair> pairs = Arrays.stream(pairIds)
                .map(p -> new MatchPair(p, Text.plain(p), Text.plain("اردو " + p)))
                .toList();
        return new QuizItem.Match(id, text(id), false, pairs, text("words"));
    }

    static QuizItem.Pledge pledge(String id, String... optionIds) {
        return new QuizItem.Pledge(
                id,
                text(id),
                Arrays.stream(optionIds)
                        .map(o -> new Option(o, text(o), false, null))
                        .toList());
    }

    static Module module(int mastery, QuizItem... quiz) {
        return new Module(
                "m",
                "v1",
                Audience.PUPIL,
                "strangers",
                Band.B,
                40,
                mastery,
                text("m"),
                text("q"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(quiz),
                null,
                null);
    }
}

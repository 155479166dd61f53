package org.hifazat.curriculum.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.Confidence;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Prose;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Step;
import org.hifazat.curriculum.model.Text;

/** Reads a module folder: module.yaml, its prose files and images. Loads nothing from a module with a problem. */
final class ModuleReader {

    private static final Set<String> PRACTICE = Set.of("chat", "redflags", "sort", "order");

    private ModuleReader() {}

    /** The module, or null if the folder has any problem (all of them are added to {@code problems}). */
    static Module read(Folder folder, Audience expected, Registry registry, List<Problem> problems) {
        Source src = folder.source("module.yaml", problems);
        int before = problems.size();
        Fields f = YamlFiles.document(src, folder.path().resolve("module.yaml"), "module.yaml");
        if (f == null) {
            return null;
        }
        String id = f.id("id");
        if (id != null && !id.equals(folder.id())) {
            src.error(f.node("id"), "id '" + id + "' must equal the folder name '" + folder.id() + "'");
        }
        Audience audience = audience(f, expected);
        String topic = f.string("topic", true);
        if (topic != null && !registry.topics().contains(topic)) {
            src.error(f.node("topic"), "unknown topic '" + topic + "' (not in lessons/topics.yaml)");
        }
        Band band = band(f, audience);
        Integer minutes = f.integer("minutes", null);
        if (minutes == null) {
            f.required("minutes");
        } else if (minutes < 5 || minutes > 120) {
            src.error(f.node("minutes"), "minutes must be between 5 and 120");
        }
        int mastery = f.integer("mastery", 80);
        if (mastery < 1 || mastery > 100) {
            src.error(f.node("mastery"), "mastery must be a per cent between 1 and 100");
        }
        Text title = f.text("title");
        Text question = f.text("question");
        boolean pupil = audience == Audience.PUPIL;
        List<Text> objectives = Texts.list(f, "objectives", true);
        List<Text> keywords = Texts.list(f, "keywords", pupil);
        List<String> listed = new ArrayList<>();
        Map<String, Fact> facts = Pieces.facts(f, registry, listed);
        List<Confidence> confidence = confidence(f, pupil);

        ProseFiles prose = new ProseFiles(
                src,
                folder,
                new Markdown.Context(folder.path(), "/media/modules/" + folder.id() + "/", Set.copyOf(listed), facts));
        List<Step> steps = steps(f, new StepReader(folder, prose), pupil);
        List<QuizItem> quiz = quiz(f, pupil);
        Prose family = pupil ? prose.load("family", 1, "the family activity") : null;
        Prose notes =
                pupil || prose.exists("teacher-notes") ? prose.load("teacher-notes", 1, "the teacher notes") : null;
        f.finish();
        if (problems.size() > before) {
            return null;
        }
        return new Module(
                id,
                ContentVersion.of(folder.path()),
                audience,
                topic,
                band,
                minutes,
                mastery,
                title,
                question,
                List.copyOf(objectives),
                List.copyOf(keywords),
                List.copyOf(listed),
                confidence,
                steps,
                quiz,
                family,
                notes);
    }

    private static Audience audience(Fields f, Audience expected) {
        String written = f.string("audience", true);
        if (written == null) {
            return expected;
        }
        if (!written.equals("pupil") && !written.equals("teacher")) {
            f.source().error(f.node("audience"), "audience must be pupil or teacher");
            return expected;
        }
        Audience audience = written.equals("pupil") ? Audience.PUPIL : Audience.TEACHER;
        if (audience != expected) {
            f.source().error(f.node("audience"), "a " + written + " module belongs in lessons/" + written + "/");
        }
        // the folder decides which rules apply, so one wrong word does not bring a cascade of errors
        return expected;
    }

    private static Band band(Fields f, Audience audience) {
        String written = f.string("band", audience == Audience.PUPIL);
        if (written == null) {
            return null;
        }
        try {
            return Band.valueOf(written);
        } catch (IllegalArgumentException e) {
            f.source().error(f.node("band"), "unknown band '" + written + "' (expected: A, B, C, D)");
            return null;
        }
    }

    private static List<Confidence> confidence(Fields f, boolean required) {
        return List.copyOf(f.each("confidence", required, "confidence", (id, c) -> new Confidence(id, c.text("text"))));
    }

    private static List<Step> steps(Fields f, StepReader reader, boolean pupil) {
        List<Step> steps = new ArrayList<>();
        UniqueIds ids = new UniqueIds(f.source(), "step");
        for (Fields s : f.objects("steps", true, "a step")) {
            Step step = reader.read(s, ids);
            if (step != null) {
                steps.add(step);
            }
        }
        if (pupil && !steps.isEmpty()) {
            long practice =
                    steps.stream().filter(s -> PRACTICE.contains(s.type())).count();
            if (practice < 2) {
                f.source()
                        .error(
                                f.line("steps"),
                                "a pupil lesson needs at least two practice steps "
                                        + "(chat, redflags, sort, order); found " + practice);
            }
            if (!(steps.get(steps.size() - 1) instanceof Step.Takeaway)) {
                f.source().error(f.line("steps"), "a pupil lesson ends with a takeaway step");
            }
        }
        return List.copyOf(steps);
    }

    private static List<QuizItem> quiz(Fields f, boolean pupil) {
        List<QuizItem> quiz = new ArrayList<>();
        UniqueIds ids = new UniqueIds(f.source(), "question");
        List<Fields> items = f.objects("quiz", true, "a question");
        for (Fields q : items) {
            QuizItem item = QuizReader.read(q, ids);
            if (item != null) {
                quiz.add(item);
            }
        }
        if (pupil && !items.isEmpty() && (items.size() < 4 || items.size() > 8)) {
            f.source().error(f.line("quiz"), "a pupil quiz has 4 to 8 questions; found " + items.size());
        }
        if (!items.isEmpty() && items.size() == quiz.size() && quiz.stream().noneMatch(QuizItem::graded)) {
            f.source().error(f.line("quiz"), "the quiz needs at least one graded question");
        }
        return List.copyOf(quiz);
    }
}

package org.hifazat.curriculum.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.FakeMessage;
import org.hifazat.curriculum.model.Material;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.Step;
import org.hifazat.curriculum.model.Text;
import org.junit.jupiter.api.Test;

/** Reads the complete example module and checks that every step and question type arrives with all its fields. */
class ModuleFormatTest {

    private static final Catalogue CATALOGUE = Fixtures.load(Fixtures.GOOD);
    private static final Module MODULE = CATALOGUE.module("secret-gift-b").orElseThrow();

    @Test
    void theGoodTreeHasNoProblems() {
        assertEquals(List.of(), CATALOGUE.problems());
        assertEquals(2, CATALOGUE.modules().size());
    }

    @Test
    void metadata() {
        assertEquals(Audience.PUPIL, MODULE.audience());
        assertEquals("strangers", MODULE.topic());
        assertEquals(Band.B, MODULE.band());
        assertEquals(40, MODULE.minutes());
        assertEquals(80, MODULE.mastery());
        assertEquals(new Text("A secret gift", "ایک خفیہ تحفہ"), MODULE.title());
        assertEquals(2, MODULE.objectives().size());
        assertEquals(new Text("secret", "راز"), MODULE.keywords().get(1));
        assertEquals(List.of("drf-helpline"), MODULE.facts());
        assertEquals(
                List.of("block", "tell"),
                MODULE.confidence().stream().map(c -> c.id()).toList());
        assertTrue(MODULE.version().matches("[0-9a-f]{12}"));
    }

    @Test
    void storyStepRendersMarkdownWithItsImage() {
        Step.Story story = (Step.Story) MODULE.step("story").orElseThrow();
        assertEquals("images/gift.svg", story.image());
        assertTrue(
                story.body().en().contains("<strong>secret</strong>"),
                story.body().en());
        assertTrue(story.body().en().contains("src=\"/media/modules/secret-gift-b/images/gift.svg\""));
        assertTrue(story.body().ur().contains("<strong>راز</strong>"));
    }

    @Test
    void takeawayStepResolvesFactsPerLanguage() {
        Step.Takeaway takeaway = (Step.Takeaway) MODULE.step("takeaway").orElseThrow();
        assertEquals("Stop, block, tell.", takeaway.rule().en());
        assertTrue(
                takeaway.body().en().contains("Cyber Harassment Helpline, 0800-39393"),
                takeaway.body().en());
        assertTrue(takeaway.body().ur().contains("سائبر ہراسمنٹ ہیلپ لائن 0800-39393"));
        assertFalse(takeaway.body().en().contains("{{"));
    }

    @Test
    void chatStep() {
        Step.Chat chat = (Step.Chat) MODULE.step("chat").orElseThrow();
        assertEquals("hello", chat.start());
        assertEquals("اسٹار فرینڈ", chat.contact().ur());
        Step.Reply ask = chat.node("hello").replies().get(0);
        assertEquals("ask-ammi", ask.id());
        assertTrue(ask.safe());
        assertEquals("secret", ask.next());
        Step.Reply keep = chat.node("secret").replies().get(1);
        assertFalse(keep.safe());
        assertNull(keep.next());
    }

    @Test
    void redFlagsSortAndOrderSteps() {
        Step.RedFlags spot = (Step.RedFlags) MODULE.step("spot").orElseThrow();
        assertEquals(FakeMessage.Format.CHAT, spot.message().format());
        assertEquals(
                List.of(false, true),
                spot.message().parts().stream().map(p -> p.flag()).toList());
        Step.Sort sort = (Step.Sort) MODULE.step("sort").orElseThrow();
        assertEquals("private", sort.sort().cards().get(0).category());
        assertEquals("Keep private", sort.sort().categories().get(0).label().en());
        Step.Order order = (Step.Order) MODULE.step("steps").orElseThrow();
        assertEquals(
                List.of("stop", "block", "tell"),
                order.sequence().items().stream().map(e -> e.id()).toList());
    }

    @Test
    void choiceQuestions() {
        QuizItem.Single single = (QuizItem.Single) MODULE.item("q-gift").orElseThrow();
        assertTrue(single.critical());
        assertEquals(
                List.of(true, false),
                single.options().stream().map(o -> o.correct()).toList());
        QuizItem.Multiple multiple = (QuizItem.Multiple) MODULE.item("q-flags").orElseThrow();
        assertFalse(multiple.critical());
        assertEquals(
                List.of(true, true, false),
                multiple.options().stream().map(o -> o.correct()).toList());
        QuizItem.Chat chat = (QuizItem.Chat) MODULE.item("q-chat").orElseThrow();
        assertFalse(chat.messages().get(0).fromMe());
        assertEquals("no", chat.options().get(0).id());
    }

    @Test
    void trueFalseQuestion() {
        QuizItem.TrueFalse item = (QuizItem.TrueFalse) MODULE.item("q-fault").orElseThrow();
        assertFalse(item.answer());
        assertEquals(
                "Right: it is never your fault.", item.feedback().get(false).en());
        assertTrue(item.feedback().get(true).en().startsWith("Not so"));
    }

    @Test
    void redFlagsSortOrderAndMatchQuestions() {
        QuizItem.RedFlags flags = (QuizItem.RedFlags) MODULE.item("q-spot").orElseThrow();
        assertEquals(FakeMessage.Format.SMS, flags.message().format());
        assertEquals("+92 300 PRIZE", flags.message().sender().ur());
        QuizItem.Sort sort = (QuizItem.Sort) MODULE.item("q-sort").orElseThrow();
        assertEquals(
                List.of("private", "ok"),
                sort.sort().cards().stream().map(c -> c.category()).toList());
        QuizItem.Order order = (QuizItem.Order) MODULE.item("q-order").orElseThrow();
        assertEquals(3, order.sequence().items().size());
        QuizItem.Match match = (QuizItem.Match) MODULE.item("q-words").orElseThrow();
        assertEquals(Text.plain("stranger"), match.pairs().get(0).left());
        assertEquals(Text.plain("اجنبی"), match.pairs().get(0).right());
    }

    @Test
    void teacherUnitWithPledge() {
        Module unit = CATALOGUE.module("calm-reply").orElseThrow();
        assertEquals(Audience.TEACHER, unit.audience());
        assertNull(unit.band());
        assertNull(unit.family());
        assertNull(unit.teacherNotes());
        QuizItem.Pledge pledge = (QuizItem.Pledge) unit.item("q-pledge").orElseThrow();
        assertFalse(pledge.graded());
        assertNull(pledge.options().get(0).feedback());
        assertEquals(
                "Pupils who know who to tell, tell sooner.",
                pledge.options().get(1).feedback().en());
    }

    @Test
    void familyAndTeacherNotes() {
        assertTrue(MODULE.family().ur().startsWith("<p>گھر والوں کے ساتھ"));
        assertTrue(MODULE.teacherNotes().en().contains("<h2>Preparing for disclosures</h2>"));
    }

    @Test
    void material() {
        Material guide = CATALOGUE.material("guide-secret-gift-b").orElseThrow();
        assertEquals(Material.Kind.GUIDE, guide.kind());
        assertEquals("secret-gift-b", guide.module());
        assertEquals(List.of(Band.B), guide.bands());
        assertTrue(guide.body().en().contains("0800-39393"));
        assertTrue(guide.version().matches("[0-9a-f]{12}"));
    }

    @Test
    void factsAndTopics() {
        assertTrue(CATALOGUE.facts().get("drf-helpline").verified());
        assertFalse(CATALOGUE.facts().get("police-15").verified());
        assertEquals(
                "Strangers and grooming",
                CATALOGUE.topic("strangers").orElseThrow().title().en());
    }
}

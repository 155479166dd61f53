package org.hifazat.learning;

import io.quarkus.qute.TemplateData;
import org.hifazat.curriculum.model.Card;
import org.hifazat.curriculum.model.CardSort;
import org.hifazat.curriculum.model.Category;
import org.hifazat.curriculum.model.Confidence;
import org.hifazat.curriculum.model.Entry;
import org.hifazat.curriculum.model.FakeMessage;
import org.hifazat.curriculum.model.ItemResult;
import org.hifazat.curriculum.model.Mark;
import org.hifazat.curriculum.model.MatchPair;
import org.hifazat.curriculum.model.Message;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Option;
import org.hifazat.curriculum.model.Part;
import org.hifazat.curriculum.model.QuizItem;
import org.hifazat.curriculum.model.QuizResult;
import org.hifazat.curriculum.model.Sequence;
import org.hifazat.curriculum.model.Step;

/** The lesson pages switch on step and question types, so the model's records are opened to templates here. */
@TemplateData(target = Module.class)
@TemplateData(target = Step.Story.class)
@TemplateData(target = Step.Chat.class)
@TemplateData(target = Step.Node.class)
@TemplateData(target = Step.Reply.class)
@TemplateData(target = Step.RedFlags.class)
@TemplateData(target = Step.Sort.class)
@TemplateData(target = Step.Order.class)
@TemplateData(target = Step.Takeaway.class)
@TemplateData(target = QuizItem.Single.class)
@TemplateData(target = QuizItem.Multiple.class)
@TemplateData(target = QuizItem.TrueFalse.class)
@TemplateData(target = QuizItem.Chat.class)
@TemplateData(target = QuizItem.RedFlags.class)
@TemplateData(target = QuizItem.Sort.class)
@TemplateData(target = QuizItem.Order.class)
@TemplateData(target = QuizItem.Match.class)
@TemplateData(target = QuizItem.Pledge.class)
@TemplateData(target = Option.class)
@TemplateData(target = Part.class)
@TemplateData(target = FakeMessage.class)
@TemplateData(target = CardSort.class)
@TemplateData(target = Card.class)
@TemplateData(target = Category.class)
@TemplateData(target = Sequence.class)
@TemplateData(target = Entry.class)
@TemplateData(target = MatchPair.class)
@TemplateData(target = Message.class)
@TemplateData(target = Confidence.class)
@TemplateData(target = ItemResult.class)
@TemplateData(target = Mark.class)
@TemplateData(target = QuizResult.class)
@TemplateData(target = ModuleProgress.class)
@TemplateData(target = QuizAttempt.class)
@TemplateData(target = Player.Place.class)
final class TemplateTypes {
    private TemplateTypes() {}
}

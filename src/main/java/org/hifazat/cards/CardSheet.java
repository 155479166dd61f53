package org.hifazat.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/**
 * What the print view lays out: one card per waiting secret of a pupil still in the class, in roster order, its text
 * in the class's language, eight cards to an A4 sheet.
 */
public final class CardSheet {

    static final int PER_SHEET = 8;

    /** One picture or word of a secret: its id and its name in the class's language. */
    public record Part(String id, String label) {}

    /** One pupil's card; texts are already in the class's language. */
    public record Card(
            long pupilId,
            String name,
            String classCode,
            boolean pictures,
            List<Part> parts,
            String lang,
            String dir,
            String codeLabel,
            String secretLabel,
            String keepSafe) {}

    /** The cards of one A4 page. */
    public record Sheet(List<Card> cards) {}

    private CardSheet() {}

    static List<Card> cards(SchoolClass schoolClass, List<Pupil> roster, List<FreshSecret> waiting) {
        Language language = Language.fromCode(schoolClass.language);
        Map<Long, FreshSecret> byPupil =
                waiting.stream().collect(Collectors.toMap(FreshSecret::pupilId, Function.identity(), (a, b) -> b));
        boolean pictures = schoolClass.usesPictures();
        String prefix = pictures ? "picture_" : "word_";
        List<Card> cards = new ArrayList<>();
        for (Pupil pupil : roster) {
            FreshSecret secret = byPupil.get(pupil.id);
            if (secret == null) {
                continue;
            }
            cards.add(new Card(
                    pupil.id,
                    pupil.displayName,
                    schoolClass.classCode,
                    pictures,
                    List.of(
                            new Part(secret.first(), Messages.get(language, prefix + secret.first())),
                            new Part(secret.second(), Messages.get(language, prefix + secret.second()))),
                    language.code(),
                    language.dir(),
                    Messages.get(language, "card_class_code"),
                    Messages.get(language, pictures ? "card_pictures" : "card_words"),
                    Messages.get(language, "card_keep_safe")));
        }
        return cards;
    }

    static List<Sheet> sheets(List<Card> cards) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < cards.size(); i += PER_SHEET) {
            sheets.add(new Sheet(cards.subList(i, Math.min(cards.size(), i + PER_SHEET))));
        }
        return sheets;
    }
}

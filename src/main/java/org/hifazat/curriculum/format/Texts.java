package org.hifazat.curriculum.format;

import java.util.ArrayList;
import java.util.List;
import org.hifazat.curriculum.model.Text;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads bilingual pairs {@code {en: "...", ur: "..."}} and checks each language's script. */
final class Texts {

    private Texts() {}

    static Text pair(Source src, Node node, String what) {
        return pair(src, node, what, false);
    }

    /** A pair that names someone or something (a chat contact, a message sender): its Urdu may stay in Latin. */
    static Text name(Fields fields, String key) {
        Node value = fields.required(key);
        return value == null ? null : pair(fields.source(), value, "'" + key + "' of " + fields.what(), true);
    }

    private static Text pair(Source src, Node node, String what, boolean name) {
        if (node instanceof ScalarNode) {
            src.error(node, what + " must be a pair {en: \"...\", ur: \"...\"}");
            return null;
        }
        Fields fields = Fields.of(src, node, what);
        if (fields == null) {
            return null;
        }
        String en = language(fields, "en", what);
        String ur = language(fields, "ur", what);
        fields.finish();
        if (en != null) {
            report(src, fields.node("en"), Script.checkEnglish(en, what));
        }
        if (ur != null && !name) {
            report(src, fields.node("ur"), Script.checkUrdu(ur, what));
        }
        return en == null || ur == null ? null : new Text(en, ur);
    }

    /** A pair, or one plain string shown the same in both languages (match sides). */
    static Text side(Source src, Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                src.error(node, what + " is empty");
                return null;
            }
            return Text.plain(text);
        }
        return pair(src, node, what);
    }

    /** A list of pairs, e.g. objectives or key words. */
    static List<Text> list(Fields fields, String key, boolean required) {
        List<Text> texts = new ArrayList<>();
        for (Node item : fields.list(key, required)) {
            Text text = pair(fields.source(), item, "'" + key + "' of " + fields.what());
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String language(Fields fields, String lang, String what) {
        Node value = fields.node(lang);
        if (value == null) {
            fields.source().error(fields.line(), "missing translation '" + lang + "' in " + what);
            return null;
        }
        return fields.string(lang, true);
    }

    private static void report(Source src, Node at, String problem) {
        if (problem != null) {
            src.error(at, problem);
        }
    }
}

package org.hifazat.registry;

import java.util.Arrays;
import java.util.List;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/**
 * One thing wrong with a registry file: a line number (0 for the file as a whole), a message key and its
 * arguments. Rendered in the reader's language on pages and in English in the API.
 *
 * @param line the line of the file, counting the header as line 1; 0 when the problem is not on one line
 */
public record Problem(long line, String key, List<Object> args) {

    /** An argument that is itself a message key, e.g. a column's name. */
    public record Key(String key) {}

    /** An argument with a name in each language, e.g. a district. */
    public record Name(String en, String ur) {}

    public static Problem at(long line, String key, Object... args) {
        return new Problem(line, key, List.copyOf(Arrays.asList(args)));
    }

    public static Problem ofFile(String key, Object... args) {
        return at(0, key, args);
    }

    public String text(Language language) {
        Object[] values = args.stream().map(a -> shown(a, language)).toArray();
        String message = String.format(Messages.get(language, key), values);
        return line > 0 ? String.format(Messages.get(language, "registry_line"), line) + " " + message : message;
    }

    private static Object shown(Object arg, Language language) {
        if (arg instanceof Key k) {
            return Messages.get(language, k.key());
        }
        if (arg instanceof Name n) {
            return language == Language.UR ? n.ur() : n.en();
        }
        return arg;
    }
}

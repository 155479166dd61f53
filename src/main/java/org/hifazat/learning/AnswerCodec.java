package org.hifazat.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hifazat.curriculum.model.Answer;
import org.hifazat.curriculum.model.QuizItem;

/**
 * Reads a quiz answer from a form and stores it as a short string of ids.
 *
 * <p>Form fields, by item type: {@code option} (repeated) for single, multiple, chat, red flags and pledge;
 * {@code verdict} (true or false); {@code card.<cardId>} = category id for sort; {@code rank.<itemId>} = position
 * (1, 2, ...) for order; {@code pair.<leftPairId>} = right pair id for match. Anything malformed reads as empty, and
 * the caller refuses it with a 400 (a tampered form is not a wrong answer).
 */
public final class AnswerCodec {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");

    private AnswerCodec() {}

    public static Optional<Answer> fromForm(QuizItem item, Map<String, List<String>> form) {
        try {
            if (item instanceof QuizItem.TrueFalse) {
                String verdict = single(form, "verdict");
                if (!"true".equals(verdict) && !"false".equals(verdict)) {
                    return Optional.empty();
                }
                return Optional.of(new Answer.Verdict(Boolean.parseBoolean(verdict)));
            }
            if (item instanceof QuizItem.Sort) {
                return prefixed(form, "card.").map(Answer.Placement::new);
            }
            if (item instanceof QuizItem.Match) {
                return prefixed(form, "pair.").map(Answer.Pairing::new);
            }
            if (item instanceof QuizItem.Order) {
                return prefixed(form, "rank.").flatMap(AnswerCodec::ordering);
            }
            List<String> options = form.getOrDefault("option", List.of());
            if (!options.stream().allMatch(o -> ID.matcher(o).matches())) {
                return Optional.empty();
            }
            return Optional.of(new Answer.Choice(new HashSet<>(options)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String encode(Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return "c:" + String.join(",", new TreeSet<>(c.ids()));
        } else if (answer instanceof Answer.Verdict v) {
            return "v:" + v.value();
        } else if (answer instanceof Answer.Placement p) {
            return "p:" + joinMap(p.categoryOfCard());
        } else if (answer instanceof Answer.Ordering o) {
            return "o:" + String.join(",", o.ids());
        } else if (answer instanceof Answer.Pairing m) {
            return "m:" + joinMap(m.rightOfLeft());
        }
        throw new IllegalArgumentException("unknown answer " + answer);
    }

    public static Answer decode(String stored) {
        String body = stored.substring(2);
        return switch (stored.charAt(0)) {
            case 'c' -> new Answer.Choice(body.isEmpty() ? Set.of() : Set.of(body.split(",")));
            case 'v' -> new Answer.Verdict(Boolean.parseBoolean(body));
            case 'p' -> new Answer.Placement(splitMap(body));
            case 'o' -> new Answer.Ordering(body.isEmpty() ? List.of() : Arrays.asList(body.split(",")));
            case 'm' -> new Answer.Pairing(splitMap(body));
            default -> throw new IllegalArgumentException("unknown stored answer " + stored);
        };
    }

    private static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static Optional<Map<String, String>> prefixed(Map<String, List<String>> form, String prefix) {
        Map<String, String> map = new HashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (!field.getKey().startsWith(prefix)) {
                continue;
            }
            String key = field.getKey().substring(prefix.length());
            if (!ID.matcher(key).matches() || field.getValue().size() != 1) {
                return Optional.empty();
            }
            String value = field.getValue().get(0);
            if (!ID.matcher(value).matches()) {
                return Optional.empty();
            }
            map.put(key, value);
        }
        return Optional.of(map);
    }

    /** rank.<id> = 1..n into the ids in that order; a repeated or missing position is malformed. */
    private static Optional<Answer> ordering(Map<String, String> ranks) {
        String[] slots = new String[ranks.size()];
        for (Map.Entry<String, String> rank : ranks.entrySet()) {
            int position = Integer.parseInt(rank.getValue());
            if (position < 1 || position > slots.length || slots[position - 1] != null) {
                return Optional.empty();
            }
            slots[position - 1] = rank.getKey();
        }
        return Optional.of(new Answer.Ordering(new ArrayList<>(Arrays.asList(slots))));
    }

    private static String joinMap(Map<String, String> map) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(map).forEach((k, v) -> out.append(out.length() == 0 ? "" : ";")
                .append(k)
                .append('=')
                .append(v));
        return out.toString();
    }

    private static Map<String, String> splitMap(String body) {
        Map<String, String> map = new HashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split(";")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }
}

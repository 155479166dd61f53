package org.hifazat.curriculum.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.hifazat.curriculum.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the fields of one YAML mapping, reporting each problem at its line. Every key asked for is remembered, so
 * {@link #finish()} can report the keys nobody asked for as unknown (a misspelt key is never silently ignored).
 */
final class Fields {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int ID_MAX = 64;

    private final Source src;
    private final Node node;
    private final String what;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();

    private Fields(Source src, MappingNode node, String what) {
        this.src = src;
        this.node = node;
        this.what = what;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                src.error(key, "a key must be a plain word");
                continue;
            }
            if (values.containsKey(scalar.getValue())) {
                src.error(key, "duplicate key '" + scalar.getValue() + "'");
                continue;
            }
            values.put(scalar.getValue(), tuple.getValueNode());
            keys.put(scalar.getValue(), key);
        }
    }

    /** The fields of a mapping node, or null after reporting that the node is not a mapping. */
    static Fields of(Source src, Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return new Fields(src, mapping, what);
        }
        src.error(node, what + " must be a mapping of 'key: value' lines");
        return null;
    }

    Source source() {
        return src;
    }

    int line() {
        return Source.line(node);
    }

    int line(String key) {
        return Source.line(keys.getOrDefault(key, node));
    }

    String what() {
        return what;
    }

    /** The value node of a key, or null when it is absent or empty. */
    Node node(String key) {
        asked.add(key);
        Node value = values.get(key);
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return null;
        }
        return value;
    }

    boolean has(String key) {
        return node(key) != null;
    }

    Node required(String key) {
        Node value = node(key);
        if (value == null) {
            src.error(line(), "missing field '" + key + "' in " + what);
        }
        return value;
    }

    String string(String key, boolean required) {
        Node value = required ? required(key) : node(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            src.error(value, "'" + key + "' must be a single value, not a list or mapping");
            return null;
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty() && required) {
            src.error(value, "'" + key + "' is empty");
            return null;
        }
        return text;
    }

    String id(String key) {
        String id = string(key, true);
        return checkId(src, node(key), id);
    }

    static String checkId(Source src, Node at, String id) {
        if (id != null && (!ID.matcher(id).matches() || id.length() > ID_MAX)) {
            src.error(
                    at,
                    "'" + id + "' is not a valid id (lower-case a-z, 0-9 and single dashes, at most " + ID_MAX
                            + " characters)");
            return null;
        }
        return id;
    }

    Integer integer(String key, Integer fallback) {
        Node value = node(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.valueOf(scalar.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                // reported below like any other non-number
            }
        }
        src.error(value, "'" + key + "' must be a whole number");
        return fallback;
    }

    Boolean bool(String key, Boolean fallback) {
        Node value = fallback == null ? required(key) : node(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Set.of("true", "yes", "on").contains(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        src.error(value, "'" + key + "' must be true or false");
        return fallback;
    }

    /** A required {@code {en, ur}} pair. */
    Text text(String key) {
        Node value = required(key);
        return value == null ? null : Texts.pair(src, value, "'" + key + "' of " + what);
    }

    Text optionalText(String key) {
        Node value = node(key);
        return value == null ? null : Texts.pair(src, value, "'" + key + "' of " + what);
    }

    /**
     * A list of mappings that each have an {@code id} unique in the list: reads the id, hands the rest to
     * {@code read}, then reports unknown keys. {@code noun} names the things in messages ("option").
     */
    <T> List<T> each(String key, boolean required, String noun, BiFunction<String, Fields, T> read) {
        List<T> result = new ArrayList<>();
        UniqueIds ids = new UniqueIds(src, noun);
        String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
        for (Fields item : objects(key, required, article + noun)) {
            String id = item.id("id");
            ids.add(id, item.line());
            result.add(read.apply(id, item));
            item.finish();
        }
        return result;
    }

    /** A list of mappings; an absent list is reported when required and read as empty. */
    List<Fields> objects(String key, boolean required, String itemWhat) {
        List<Fields> result = new ArrayList<>();
        for (Node item : list(key, required)) {
            Fields fields = Fields.of(src, item, itemWhat);
            if (fields != null) {
                result.add(fields);
            }
        }
        return result;
    }

    List<Node> list(String key, boolean required) {
        Node value = required ? required(key) : node(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            src.error(value, "'" + key + "' must be a list");
            return List.of();
        }
        if (required && sequence.getValue().isEmpty()) {
            src.error(value, "'" + key + "' is empty");
        }
        return sequence.getValue();
    }

    /** Reports every key that no reader asked for. */
    void finish() {
        for (Map.Entry<String, Node> key : keys.entrySet()) {
            if (!asked.contains(key.getKey())) {
                src.error(
                        key.getValue(),
                        "unknown key '" + key.getKey() + "' in " + what + " (expected: " + String.join(", ", asked)
                                + ")");
            }
        }
    }
}

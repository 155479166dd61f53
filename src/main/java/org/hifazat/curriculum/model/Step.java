package org.hifazat.curriculum.model;

import java.util.List;

/** One screen of the lesson before the quiz. Practice steps (chat, red flags, sort, order) are never scored. */
public sealed interface Step {

    String id();

    Text title();

    /** Short type name as written in module.yaml. */
    String type();

    /** Prose with an optional image (a path relative to the module folder, or null). */
    record Story(String id, Text title, String image, Prose body) implements Step {
        public String type() {
            return "story";
        }
    }

    /** A scenario chat: the other person's lines and the pupil's possible replies, branching by {@code next}. */
    record Chat(String id, Text title, Text contact, String start, List<Node> nodes) implements Step {
        public String type() {
            return "chat";
        }

        public Node node(String nodeId) {
            return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst().orElse(null);
        }
    }

    /** A line from the other person and the replies offered to the pupil. */
    record Node(String id, Text text, List<Reply> replies) {}

    /** A reply the pupil may pick; {@code next} is the following node's id, or null when the chat ends. */
    record Reply(String id, Text text, boolean safe, Text feedback, String next) {}

    record RedFlags(String id, Text title, FakeMessage message) implements Step {
        public String type() {
            return "redflags";
        }
    }

    record Sort(String id, Text title, CardSort sort) implements Step {
        public String type() {
            return "sort";
        }
    }

    record Order(String id, Text title, Sequence sequence) implements Step {
        public String type() {
            return "order";
        }
    }

    /** The rule to remember, with prose saying who to tell. */
    record Takeaway(String id, Text title, Text rule, String image, Prose body) implements Step {
        public String type() {
            return "takeaway";
        }
    }
}

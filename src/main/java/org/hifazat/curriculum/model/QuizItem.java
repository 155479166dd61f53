package org.hifazat.curriculum.model;

import java.util.List;
import java.util.Map;

/**
 * A quiz question. Every graded item is worth one point; a {@code critical} item answered wrongly blocks mastery.
 * Scoring lives in {@link Scoring}.
 */
public sealed interface QuizItem {

    String id();

    Text prompt();

    boolean critical();

    /** Short type name as written in module.yaml. */
    String type();

    /** Pledges are promises or opinions: never graded. */
    default boolean graded() {
        return true;
    }

    record Single(String id, Text prompt, boolean critical, List<Option> options) implements QuizItem {
        public String type() {
            return "single";
        }
    }

    record Multiple(String id, Text prompt, boolean critical, List<Option> options) implements QuizItem {
        public String type() {
            return "multiple";
        }
    }

    /** {@code feedback} is keyed by the pupil's answer (true or false). */
    record TrueFalse(String id, Text prompt, boolean critical, boolean answer, Map<Boolean, Text> feedback)
            implements QuizItem {
        public String type() {
            return "truefalse";
        }
    }

    /** A short chat shown to the pupil, then a single choice of reply. */
    record Chat(String id, Text prompt, boolean critical, List<Message> messages, List<Option> options)
            implements QuizItem {
        public String type() {
            return "chat";
        }
    }

    record RedFlags(String id, Text prompt, boolean critical, FakeMessage message) implements QuizItem {
        public String type() {
            return "redflags";
        }
    }

    record Sort(String id, Text prompt, boolean critical, CardSort sort) implements QuizItem {
        public String type() {
            return "sort";
        }
    }

    record Order(String id, Text prompt, boolean critical, Sequence sequence) implements QuizItem {
        public String type() {
            return "order";
        }
    }

    record Match(String id, Text prompt, boolean critical, List<MatchPair> pairs, Text feedback) implements QuizItem {
        public String type() {
            return "match";
        }
    }

    /** A promise or opinion; the format forbids {@code critical} here, so it is always false. */
    record Pledge(String id, Text prompt, List<Option> options) implements QuizItem {
        public String type() {
            return "pledge";
        }

        public boolean critical() {
            return false;
        }

        @Override
        public boolean graded() {
            return false;
        }
    }
}

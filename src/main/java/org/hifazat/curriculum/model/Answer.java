package org.hifazat.curriculum.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A pupil's answer to one quiz item, by ids only (never by text, so a typo fix cannot change a recorded answer). */
public sealed interface Answer {

    /** Chosen options (single, multiple, chat, pledge) or tapped parts (red flags). */
    record Choice(Set<String> ids) implements Answer {
        public Choice {
            ids = Set.copyOf(ids);
        }

        public static Choice of(String... ids) {
            return new Choice(Set.of(ids));
        }
    }

    /** True or false. */
    record Verdict(boolean value) implements Answer {}

    /** Card id to category id. */
    record Placement(Map<String, String> categoryOfCard) implements Answer {
        public Placement {
            categoryOfCard = Map.copyOf(categoryOfCard);
        }
    }

    /** Item ids in the order the pupil put them. */
    record Ordering(List<String> ids) implements Answer {
        public Ordering {
            ids = List.copyOf(ids);
        }
    }

    /** Pair id of a left side to the pair id of the right side the pupil joined it with. */
    record Pairing(Map<String, String> rightOfLeft) implements Answer {
        public Pairing {
            rightOfLeft = Map.copyOf(rightOfLeft);
        }
    }
}

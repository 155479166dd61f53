package org.hifazat.curriculum.format;

import java.util.Map;
import java.util.Set;
import org.hifazat.curriculum.model.Fact;

/** What modules and materials may refer to: topic ids, facts by key, and the module folders present. */
record Registry(Set<String> topics, Map<String, Fact> facts, Set<String> moduleIds) {}

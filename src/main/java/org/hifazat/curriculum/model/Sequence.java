package org.hifazat.curriculum.model;

import java.util.List;

/** Items written in their correct order (shown shuffled) and the feedback that explains the order. */
public record Sequence(List<Entry> items, Text feedback) {}

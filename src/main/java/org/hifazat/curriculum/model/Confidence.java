package org.hifazat.curriculum.model;

/** A confidence statement asked before the lesson and after the quiz; never graded. */
public record Confidence(String id, Text text) {}

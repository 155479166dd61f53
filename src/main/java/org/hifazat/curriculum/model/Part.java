package org.hifazat.curriculum.model;

/** A tappable piece of a fake message; {@code flag} says whether it is a red flag. */
public record Part(String id, Text text, boolean flag, Text feedback) {}

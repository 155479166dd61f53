package org.hifazat.curriculum.model;

/** A line of the chat shown before a chat question; {@code fromMe} is true for the pupil's own lines. */
public record Message(boolean fromMe, Text text) {}

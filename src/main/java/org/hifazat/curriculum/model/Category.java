package org.hifazat.curriculum.model;

/** A box that cards are sorted into. */
public record Category(String id, Text label) {}

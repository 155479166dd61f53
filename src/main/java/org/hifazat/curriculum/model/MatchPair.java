package org.hifazat.curriculum.model;

/** A left side and the right side it belongs with, e.g. an English word and its Urdu word. */
public record MatchPair(String id, Text left, Text right) {}

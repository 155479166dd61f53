package org.hifazat.curriculum.model;

/** A card to sort; {@code category} is the id of the category it belongs in. */
public record Card(String id, Text text, String category, Text feedback) {}

package org.hifazat.curriculum.model;

/** A curriculum topic from {@code lessons/topics.yaml}. */
public record Topic(String id, Text title) {}

package org.hifazat.curriculum.model;

/** One item of an order step or question. */
public record Entry(String id, Text text) {}

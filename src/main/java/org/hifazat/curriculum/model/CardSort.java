package org.hifazat.curriculum.model;

import java.util.List;

/** Cards and the categories they are sorted into, shared by the sort step and question. */
public record CardSort(List<Category> categories, List<Card> cards) {}

package org.hifazat.curriculum.model;

/**
 * A choice in a single, multiple, chat or pledge item. Pledge options are never correct and may carry no feedback
 * ({@code null}).
 */
public record Option(String id, Text text, boolean correct, Text feedback) {}

package org.hifazat.curriculum.format;

import java.util.List;

/**
 * Something that was not loaded and why: a module or material folder (nothing of it is served), or a shared file
 * such as topics.yaml or facts.yaml (its broken entries are left out).
 *
 * @param kind "module", "material" or "file"
 * @param name the module or material id, or the file's path
 */
public record Failure(String kind, String name, List<Problem> problems) {}

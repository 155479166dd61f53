/**
 * Reading and checking the curriculum files (schema 1, described in {@code lessons/README.md}).
 * <ul>
 * <li><b>Problem</b>: one error, always {@code path:line: message}, so an author can jump to it.</li>
 * <li><b>Failure</b>: a module or material that was not loaded, with all its problems; nothing of it is served.</li>
 * <li><b>Catalogue</b>: what one load produced: topics, facts, the valid modules and materials, and the failures.
 * A reload builds a new catalogue; a broken module never takes the others down.</li>
 * </ul>
 * YAML is read as SnakeYAML's node tree (which keeps lines) and never turned into objects by tag; Markdown is
 * rendered once at load with raw HTML refused and escaped.
 */
package org.hifazat.curriculum.format;

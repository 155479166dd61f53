package org.hifazat.curriculum.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Material;
import org.hifazat.curriculum.model.Prose;
import org.hifazat.curriculum.model.Text;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a material folder of {@code content/materials/}: material.yaml and body.en.md / body.ur.md. */
final class MaterialReader {

    private MaterialReader() {}

    /** The material, or null if the folder has any problem (all of them are added to {@code problems}). */
    static Material read(Folder folder, Registry registry, List<Problem> problems) {
        Source src = folder.source("material.yaml", problems);
        int before = problems.size();
        Fields f = YamlFiles.document(src, folder.path().resolve("material.yaml"), "material.yaml");
        if (f == null) {
            return null;
        }
        String id = f.id("id");
        if (id != null && !id.equals(folder.id())) {
            src.error(f.node("id"), "id '" + id + "' must equal the folder name '" + folder.id() + "'");
        }
        String kindWritten = f.string("kind", true);
        Material.Kind kind = kindWritten == null ? null : Material.Kind.ofWritten(kindWritten);
        if (kindWritten != null && kind == null) {
            src.error(
                    f.node("kind"),
                    "unknown kind '" + kindWritten
                            + "' (expected: guide, worksheet, app-card, parent-letter, workshop-kit)");
        }
        String module = f.has("module") ? f.id("module") : null;
        if (module != null && !registry.moduleIds().contains(module)) {
            src.error(f.node("module"), "unknown module '" + module + "' (no folder in lessons/)");
        }
        List<String> topics = words(f, "topics", registry.topics(), "topic", "not in lessons/topics.yaml");
        List<Band> bands = words(f, "bands", Set.of("A", "B", "C", "D"), "band", "expected: A, B, C, D").stream()
                .map(Band::valueOf)
                .toList();
        Text title = f.text("title");
        Text summary = f.text("summary");
        List<String> listed = new ArrayList<>();
        Map<String, Fact> facts = Pieces.facts(f, registry, listed);
        ProseFiles prose = new ProseFiles(
                src,
                folder,
                new Markdown.Context(
                        folder.path(), "/media/materials/" + folder.id() + "/", Set.copyOf(listed), facts));
        Prose body = prose.load("body", 1, "the material");
        f.finish();
        if (problems.size() > before) {
            return null;
        }
        return new Material(
                id,
                ContentVersion.of(folder.path()),
                kind,
                module,
                topics,
                bands,
                title,
                summary,
                List.copyOf(listed),
                body);
    }

    /** A list of plain words, each one of {@code allowed}. */
    private static List<String> words(Fields f, String key, Set<String> allowed, String what, String hint) {
        List<String> words = new ArrayList<>();
        UniqueIds seen = new UniqueIds(f.source(), what);
        for (Node node : f.list(key, false)) {
            String word = node instanceof ScalarNode s ? s.getValue().strip() : "";
            if (!allowed.contains(word)) {
                f.source().error(node, "unknown " + what + " '" + word + "' (" + hint + ")");
            } else if (seen.add(word, Source.line(node))) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }
}

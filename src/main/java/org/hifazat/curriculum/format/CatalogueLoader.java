package org.hifazat.curriculum.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Material;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Topic;

/**
 * Loads and validates lessons/ and content/ into a {@link Catalogue}. A module or material with any problem is left
 * out whole; the others load. Never throws for bad content: every problem becomes a {@code path:line: message}.
 */
public final class CatalogueLoader {

    private CatalogueLoader() {}

    public static Catalogue load(Path lessons, Path content) {
        return load(lessons, content, LocalDate.now());
    }

    public static Catalogue load(Path lessons, Path content, LocalDate today) {
        List<Failure> failures = new ArrayList<>();
        List<Problem> fileProblems = new ArrayList<>();
        String lessonsName = display(lessons);
        String contentName = display(content);
        List<Topic> topics =
                TopicsReader.read(lessons.resolve("topics.yaml"), lessonsName + "/topics.yaml", fileProblems);
        Map<String, Fact> facts = FactsReader.read(
                content.resolve("facts").resolve("facts.yaml"), contentName + "/facts/facts.yaml", fileProblems, today);

        Map<Folder, Audience> moduleFolders = new LinkedHashMap<>();
        for (Audience audience : Audience.values()) {
            String sub = audience.name().toLowerCase(java.util.Locale.ROOT);
            for (Path dir : folders(lessons.resolve(sub))) {
                moduleFolders.put(new Folder(dir, lessonsName + "/" + sub + "/" + dir.getFileName()), audience);
            }
        }
        for (Path dir : folders(lessons)) {
            String name = dir.getFileName().toString();
            if (!name.equals("pupil") && !name.equals("teacher")) {
                fileProblems.add(
                        new Problem(lessonsName + "/" + name, 1, "unknown folder (modules go in pupil/ or teacher/)"));
            }
        }
        Set<String> moduleIds =
                moduleFolders.keySet().stream().map(Folder::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Registry registry = new Registry(topics.stream().map(Topic::id).collect(Collectors.toSet()), facts, moduleIds);
        Map<String, List<Folder>> byId = moduleFolders.keySet().stream().collect(Collectors.groupingBy(Folder::id));
        List<Module> modules = new ArrayList<>();
        for (Map.Entry<Folder, Audience> entry : moduleFolders.entrySet()) {
            Folder folder = entry.getKey();
            List<Problem> problems = new ArrayList<>();
            Module module = ModuleReader.read(folder, entry.getValue(), registry, problems);
            for (Folder other : byId.get(folder.id())) {
                if (!other.equals(folder)) {
                    // a pupil module and a teacher unit with one id: neither is loaded, since attempts name modules by
                    // id
                    problems.add(new Problem(
                            folder.display() + "/module.yaml",
                            1,
                            "duplicate module id '" + folder.id() + "' (also " + other.display() + ")"));
                    module = null;
                }
            }
            if (module != null) {
                modules.add(module);
            } else {
                failures.add(new Failure("module", folder.id(), sorted(problems)));
            }
        }
        List<Material> materials = new ArrayList<>();
        for (Path dir : folders(content.resolve("materials"))) {
            Folder folder = new Folder(dir, contentName + "/materials/" + dir.getFileName());
            List<Problem> problems = new ArrayList<>();
            Material material = MaterialReader.read(folder, registry, problems);
            if (material != null) {
                materials.add(material);
            } else {
                failures.add(new Failure("material", folder.id(), sorted(problems)));
            }
        }
        if (!Files.isDirectory(lessons)) {
            fileProblems.add(new Problem(lessonsName, 1, "missing folder"));
        }
        fileProblems.stream()
                .collect(Collectors.groupingBy(Problem::file, LinkedHashMap::new, Collectors.toList()))
                .forEach((file, problems) -> failures.add(0, new Failure("file", file, sorted(problems))));
        return new Catalogue(
                topics, Map.copyOf(facts), List.copyOf(modules), List.copyOf(materials), List.copyOf(failures));
    }

    /** Sub-folders in name order, hidden ones skipped; none when the folder does not exist. */
    private static List<Path> folders(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Catalogue.ORDER).toList();
    }

    private static String display(Path root) {
        String name = root.normalize().toString().replace('\\', '/');
        return name.isEmpty() ? "." : name;
    }
}

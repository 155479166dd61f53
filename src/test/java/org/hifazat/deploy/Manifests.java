package org.hifazat.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The YAML documents of a deployment folder, with dotted-path lookups for the checks. */
record Manifests(List<Map<String, Object>> documents) {

    static Manifests under(Path dir) {
        List<Map<String, Object>> docs = new ArrayList<>();
        DeployFilesTest.files(dir, ".yaml", ".yml").forEach(f -> docs.addAll(documents(f)));
        return new Manifests(docs);
    }

    /** Every non-empty document of a file; a file that does not parse fails the test with its name. */
    static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                if (doc != null) {
                    docs.add(cast(doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
        }
        return docs;
    }

    List<Map<String, Object>> all(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Map<String, Object> one(String kind, String name) {
        List<Map<String, Object>> found = all(kind).stream()
                .filter(d -> name.equals(get(d, "metadata.name")))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " named " + name + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The containers of a workload's pod template (none for other kinds). */
    static List<Map<String, Object>> containers(Map<String, Object> doc) {
        Object list = get(doc, "spec.template.spec.containers");
        List<Map<String, Object>> containers = new ArrayList<>();
        if (list instanceof List<?> l) {
            l.forEach(c -> containers.add(cast(c)));
        }
        Object init = get(doc, "spec.template.spec.initContainers");
        if (init instanceof List<?> l) {
            l.forEach(c -> containers.add(cast(c)));
        }
        return containers;
    }

    static Object get(Map<String, Object> doc, String path) {
        Object current = doc;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    static Map<String, Object> map(Map<String, Object> doc, String path) {
        Object value = get(doc, path);
        return value == null ? Map.of() : cast(value);
    }

    static List<?> list(Map<String, Object> doc, String path) {
        Object value = get(doc, path);
        if (!(value instanceof List<?> l)) {
            throw new AssertionError(path + " is not a list: " + value);
        }
        return l;
    }

    static List<?> listOrEmpty(Map<String, Object> doc, String path) {
        Object value = get(doc, path);
        return value instanceof List<?> l ? l : List.of();
    }

    static int integer(Map<String, Object> doc, String path) {
        Object value = get(doc, path);
        if (!(value instanceof Integer n)) {
            throw new AssertionError(path + " is not a number: " + value);
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}

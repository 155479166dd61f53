package org.hifazat.curriculum.format;

import java.util.HashMap;
import java.util.Map;

/** Reports an id used twice under the same parent, naming the line of the first use. */
final class UniqueIds {

    private final Source src;
    private final String what;
    private final Map<String, Integer> lines = new HashMap<>();

    UniqueIds(Source src, String what) {
        this.src = src;
        this.what = what;
    }

    /** Whether the id is new; a null id (already reported as missing) counts as new. */
    boolean add(String id, int line) {
        if (id == null) {
            return true;
        }
        Integer first = lines.putIfAbsent(id, line);
        if (first != null) {
            src.error(line, "duplicate " + what + " id '" + id + "' (first on line " + first + ")");
            return false;
        }
        return true;
    }

    boolean contains(String id) {
        return lines.containsKey(id);
    }

    java.util.Set<String> ids() {
        return lines.keySet();
    }
}

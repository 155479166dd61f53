package org.hifazat.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hifazat.curriculum.model.Entry;
import org.hifazat.curriculum.model.Text;
import org.junit.jupiter.api.Test;

class ModuleViewsTest {

    @Test
    void orderItemsAreNeverListedInTheirCorrectOrder() {
        List<Entry> alphabetical = entries("a-stop", "b-block", "c-tell");
        assertEquals(List.of("c-tell", "a-stop", "b-block"), ids(ModuleViews.notInOrder(alphabetical)));
        List<Entry> other = entries("stop", "block", "tell");
        assertEquals(List.of("block", "stop", "tell"), ids(ModuleViews.notInOrder(other)));
    }

    private static List<Entry> entries(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> new Entry(id, Text.plain(id)))
                .toList();
    }

    private static List<String> ids(List<ModuleViews.Choice> choices) {
        return choices.stream().map(ModuleViews.Choice::id).toList();
    }
}

package org.hifazat.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The picture set young pupils (grades 1-5) choose their secret from: two of these sixteen. Each picture is an
 * SVG at /img/pictures/{id}.svg with its name in both languages under the message key picture_{id}.
 */
public final class Pictures {

    public static final List<String> IDS = List.of(
            "cat", "kite", "mango", "star", "moon", "tree", "fish", "bird", "ball", "book", "boat", "flower", "sun",
            "apple", "car", "house");

    private Pictures() {}

    /** The secret a pair of pictures stands for; the order they were tapped in does not matter. */
    public static String secretOf(String first, String second) {
        String[] pair = {first, second};
        Arrays.sort(pair);
        return pair[0] + "+" + pair[1];
    }
}

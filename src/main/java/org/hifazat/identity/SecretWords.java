package org.hifazat.identity;

import java.util.List;

/**
 * The word list older pupils (grades 6-12) get two secret words from. Each word has an id and its English and Urdu
 * form (message keys word_{id}); a pupil picks the words from lists, so spelling never locks anyone out.
 */
public final class SecretWords {

    public static final List<String> IDS = List.of(
            "river",
            "mountain",
            "lamp",
            "garden",
            "camel",
            "falcon",
            "lemon",
            "rose",
            "cloud",
            "rain",
            "bridge",
            "clock",
            "drum",
            "feather",
            "honey",
            "island",
            "jasmine",
            "kettle",
            "ladder",
            "mirror",
            "needle",
            "orange",
            "parrot",
            "pencil",
            "pearl",
            "rabbit",
            "rice",
            "ship",
            "silver",
            "snow",
            "spoon",
            "tiger",
            "train",
            "tulip",
            "wheat",
            "window",
            "candle",
            "cricket",
            "desert",
            "eagle",
            "forest",
            "gold",
            "horse",
            "jungle",
            "lion",
            "market",
            "moonlight",
            "ocean",
            "peacock",
            "pomegranate",
            "road",
            "sparrow",
            "storm",
            "sugar",
            "thunder",
            "village",
            "water",
            "wind",
            "apricot",
            "blanket",
            "button",
            "chair",
            "door",
            "engine");

    private SecretWords() {}

    /** The secret two words stand for; the order they were picked in does not matter. */
    public static String secretOf(String first, String second) {
        return Pictures.secretOf(first, second);
    }
}

package org.hifazat.safeguarding;

import java.util.Arrays;
import java.util.Optional;

/** Where it happened, if the pupil wants to say. */
public enum WorryPlace {
    GAME("game"),
    CHAT("chat"),
    VIDEO("video"),
    SCHOOL("school"),
    ELSEWHERE("elsewhere");

    private final String written;

    WorryPlace(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    public String messageKey() {
        return "worry_place_" + written;
    }

    public static Optional<WorryPlace> ofWritten(String written) {
        return Arrays.stream(values()).filter(c -> c.written.equals(written)).findFirst();
    }
}

package org.hifazat.safeguarding;

import java.util.Arrays;
import java.util.Optional;

/** What happened, as a pupil chooses it on "Tell a teacher". */
public enum WorryCategory {
    STRANGER("stranger"),
    UNKIND("unkind"),
    UPSETTING("upsetting"),
    ACCOUNT("account"),
    OTHER("other");

    private final String written;

    WorryCategory(String written) {
        this.written = written;
    }

    public String written() {
        return written;
    }

    public String messageKey() {
        return "worry_category_" + written;
    }

    public static Optional<WorryCategory> ofWritten(String written) {
        return Arrays.stream(values()).filter(c -> c.written.equals(written)).findFirst();
    }
}

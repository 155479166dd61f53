package org.hifazat.safeguarding;

import java.util.Arrays;
import java.util.Optional;

/** Where a report is: new (not opened), seen, acted (the teacher did something), closed. */
public enum WorryStatus {
    NEW,
    SEEN,
    ACTED,
    CLOSED;

    /** The name kept in the database and used in forms and addresses. */
    public String written() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return "worry_status_" + written();
    }

    public static Optional<WorryStatus> ofWritten(String written) {
        return Arrays.stream(values()).filter(s -> s.written().equals(written)).findFirst();
    }
}

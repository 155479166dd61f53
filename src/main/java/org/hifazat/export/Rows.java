package org.hifazat.export;

import java.io.IOException;
import java.util.List;

/**
 * The rows of a table, pushed one at a time so that a long export can come straight from a database cursor. Each
 * row is a list of cells in column order: a {@link String}, a {@link Number}, or null for an empty cell.
 */
@FunctionalInterface
public interface Rows {

    /** Hands every row, in order, to the sink. */
    void each(Sink sink) throws IOException;

    /** Receives rows. */
    @FunctionalInterface
    interface Sink {
        void row(List<?> cells) throws IOException;
    }

    /** Rows already in memory. */
    static Rows of(Iterable<? extends List<?>> rows) {
        return sink -> {
            for (List<?> row : rows) {
                sink.row(row);
            }
        };
    }
}

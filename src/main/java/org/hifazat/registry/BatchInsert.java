package org.hifazat.registry;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows with multi-row INSERT statements, the fastest way that works the same on H2 and MariaDB (no
 * driver-specific batch rewriting). Rows are buffered a statement's worth at a time; call {@link #flush()} at the
 * end. Runs on the caller's connection, inside the caller's transaction.
 */
final class BatchInsert {

    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private long written;

    BatchInsert(Connection connection, String table, List<String> columns, int rowsPerStatement) {
        this.connection = connection;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.rowsPerStatement = rowsPerStatement;
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values for " + table);
        }
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        String row = "(" + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        String sql = "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES "
                + String.join(",", Collections.nCopies(pending.size(), row));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object[] values : pending) {
                for (Object value : values) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Batch insert into " + table + " failed", e);
        }
        written += pending.size();
        pending.clear();
    }

    long written() {
        return written;
    }
}

package org.hifazat.registry;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows with one prepared INSERT sent in JDBC batches: measured faster than multi-row INSERTs on both H2
 * and MariaDB (whose driver sends a batch in one bulk exchange). Runs on the caller's connection, inside the
 * caller's transaction; call {@link #flush()} at the end.
 */
final class BatchInsert implements AutoCloseable {

    private final String table;
    private final int columns;
    private final int batchSize;
    private final PreparedStatement statement;
    private int pending;
    private long written;

    BatchInsert(Connection connection, String table, List<String> columns, int batchSize) {
        this.table = table;
        this.columns = columns.size();
        this.batchSize = batchSize;
        String sql = "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES ("
                + String.join(",", Collections.nCopies(columns.size(), "?")) + ")";
        try {
            this.statement = connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values for " + table);
        }
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
        } catch (SQLException e) {
            throw failure(e);
        }
        if (++pending == batchSize) {
            flush();
        }
    }

    void flush() {
        if (pending == 0) {
            return;
        }
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure(e);
        }
        written += pending;
        pending = 0;
    }

    long written() {
        return written;
    }

    @Override
    public void close() {
        try {
            statement.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PersistenceException failure(SQLException e) {
        return new PersistenceException("Batch insert into " + table + " failed", e);
    }
}

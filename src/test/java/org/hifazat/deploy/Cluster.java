package org.hifazat.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What .ci/cluster.sh started for the cluster suite, read from system properties: nginx's base URL
 * (hifazat.cluster.url), the instances as address=pid (hifazat.cluster.instances) and their database
 * (hifazat.cluster.jdbc, .db-user, .db-password).
 */
final class Cluster {

    private Cluster() {}

    static String url() {
        return required("hifazat.cluster.url");
    }

    /** Instance address (as nginx reports it in X-Upstream) to process id. */
    static Map<String, Long> instances() {
        Map<String, Long> instances = new LinkedHashMap<>();
        for (String entry : required("hifazat.cluster.instances").split(",")) {
            String[] parts = entry.split("=");
            instances.put(parts[0], Long.parseLong(parts[1]));
        }
        return instances;
    }

    static String jdbcUrl() {
        return required("hifazat.cluster.jdbc");
    }

    static String dbUser() {
        return System.getProperty("hifazat.cluster.db-user", "root");
    }

    static String dbPassword() {
        return System.getProperty("hifazat.cluster.db-password", "");
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword());
    }

    /** The first column of the first row of a query with parameters, as a long. */
    static long number(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no row for " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the cluster suite with .ci/cluster.sh");
        }
        return value;
    }
}

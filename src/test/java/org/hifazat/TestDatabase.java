package org.hifazat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the whole suite against MariaDB when Maven is given -Dhifazat.test.db-kind=mariadb: creates a database of
 * its own on the server (HIFAZAT_TEST_MARIADB, default 127.0.0.1:3306 as root) and drops it afterwards.
 * With the default (h2) it does nothing and the suite uses an in-memory H2.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private String server;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        if (!"mariadb".equals(System.getProperty("hifazat.test.db-kind", "h2"))) {
            return Map.of();
        }
        server = env("HIFAZAT_TEST_MARIADB", "127.0.0.1:3306");
        user = env("HIFAZAT_TEST_MARIADB_USER", "root");
        password = env("HIFAZAT_TEST_MARIADB_PASSWORD", "");
        database =
                "hifazat_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:mariadb://" + server + "/" + database,
                "quarkus.datasource.username",
                user,
                "quarkus.datasource.password",
                password);
    }

    @Override
    public void stop() {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + server + "/", user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB test database: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package org.hifazat.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hifazat.Forms;
import org.hifazat.school.DemoSchool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/backup/mariadb-backup.sh and mariadb-restore.sh on the cluster's database while the application runs:
 * a teacher writes, the backup is taken, restored into a new database, and the new database holds the same rows.
 */
@Tag("cluster")
class MariaDbBackupTest {

    private static final List<String> TABLES = List.of(
            "flyway_schema_history",
            "district",
            "school",
            "adult_account",
            "school_class",
            "pupil",
            "assignment",
            "module_progress",
            "quiz_attempt",
            "attempt_answer",
            "audit_event");

    @TempDir
    Path backups;

    @Test
    void aBackupTakenWhileRunningRestoresIntoANewDatabaseWithTheSameData() throws Exception {
        URI url = URI.create(Cluster.url());
        RestAssured.baseURI = url.getScheme() + "://" + url.getHost();
        RestAssured.port = url.getPort();
        long classId;
        try (Connection db = Cluster.db()) {
            classId = Cluster.number(db, "select id from school_class where class_code = ?", DemoSchool.CLASS_CODE);
        }
        Forms teacher = Forms.signedIn("teacher");
        teacher.open("/classes/" + classId + "/pupils").then().statusCode(200);
        assertEquals(
                303,
                teacher.post("/classes/" + classId + "/pupils", "firstName", "Sadia", "initial", "B")
                        .statusCode());

        Map<String, String> env = Map.of(
                "HIFAZAT_DB_URL", Cluster.jdbcUrl(),
                "HIFAZAT_DB_USER", Cluster.dbUser(),
                "HIFAZAT_DB_PASSWORD", Cluster.dbPassword(),
                "HIFAZAT_BACKUP_DIR", backups.toString());
        String out = run(env, "deploy/backup/mariadb-backup.sh");
        Path backup = Path.of(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(Files.size(backup) > 1000, "backup written: " + backup);
        assertTrue(backup.getFileName().toString().matches("hifazat-\\d{8}-\\d{6}\\.sql\\.gz"));

        String restored = "hifazat_restored_" + System.currentTimeMillis();
        String restoredUrl = Cluster.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + restored);
        try {
            String report = run(env, "deploy/backup/mariadb-restore.sh", backup.toString(), restored);
            assertTrue(report.contains("restored into " + restored), report);
            try (Connection source = Cluster.db();
                    Connection copy =
                            DriverManager.getConnection(restoredUrl, Cluster.dbUser(), Cluster.dbPassword())) {
                for (String table : TABLES) {
                    long rows = Cluster.number(source, "select count(*) from " + table);
                    assertEquals(rows, Cluster.number(copy, "select count(*) from " + table), table);
                }
                assertTrue(Cluster.number(copy, "select count(*) from pupil") > 30, "the demo class and more");
                assertEquals(
                        1,
                        Cluster.number(
                                copy,
                                "select count(*) from pupil where class_id = ? and display_name = ?",
                                classId,
                                "Sadia B."));
            }
            // Restoring over an existing database is refused, so the one in use can never be overwritten.
            Process again = process(env, "deploy/backup/mariadb-restore.sh", backup.toString(), restored);
            assertEquals(3, again.waitFor());
        } finally {
            try (Connection c = Cluster.db();
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + restored);
            }
        }
    }

    private static String run(Map<String, String> env, String... command) throws Exception {
        Process p = process(env, command);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }

    private static Process process(Map<String, String> env, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add("bash");
        builder.command().addAll(List.of(command));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        return builder.start();
    }
}

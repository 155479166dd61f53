package org.hifazat.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hifazat.learning.PupilFixture;
import org.hifazat.school.Pupil;
import org.hifazat.school.SchoolClass;
import org.junit.jupiter.api.Test;

/**
 * The running application backs up its H2 database, and deploy/backup/h2-restore.sh brings the backup back as a new
 * database file holding the same data.
 */
@QuarkusTest
class H2BackupTest {

    @Inject
    H2Backup backups;

    @Test
    void aBackupTakenWhileRunningRestoresIntoANewDatabaseWithTheSameData() throws Exception {
        assumeTrue(backups.enabled(), "H2 backups apply to the H2 run of the suite");
        PupilFixture fixture = PupilFixture.withModule(4, null);
        long pupils = QuarkusTransaction.requiringNew().call(() -> Pupil.count());
        long classes = QuarkusTransaction.requiringNew().call(() -> SchoolClass.count());

        Path backup = backups.backup();
        assertTrue(Files.size(backup) > 1000, "backup written: " + backup);
        assertTrue(backup.getFileName().toString().matches("hifazat-\\d{8}-\\d{6}\\.sql\\.gz"));

        Path target = Files.createTempDirectory(Path.of("target"), "h2-restore").resolve("restored/hifazat");
        String out = restore(backup, target, 0);
        assertTrue(out.contains("restored into"), out);
        String url = "jdbc:h2:file:" + target + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "hifazat", "")) {
            assertEquals(pupils, count(c, "select count(*) from pupil"));
            assertEquals(classes, count(c, "select count(*) from school_class"));
            try (PreparedStatement s =
                    c.prepareStatement("select count(*) from pupil p join school_class k on k.id = p.class_id"
                            + " where k.class_code = ? and p.display_name = ?")) {
                s.setString(1, fixture.classCode());
                s.setString(2, "Test P.");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    assertEquals(1, r.getLong(1));
                }
            }
        }
        // A second restore onto the same file is refused: the database in use is never overwritten.
        restore(backup, target, 3);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        assumeTrue(backups.enabled(), "H2 backups apply to the H2 run of the suite");
        Path dir = backups.directory();
        Files.createDirectories(dir);
        for (String old : List.of(
                "hifazat-20200101-000000.sql.gz", "hifazat-20200102-000000.sql.gz", "hifazat-20200103-000000.sql.gz")) {
            Files.writeString(dir.resolve(old), "old");
        }
        Path newest = backups.backup();
        List<Path> kept = backups.backups();
        assertEquals(3, kept.size(), kept.toString());
        assertEquals(newest, kept.get(kept.size() - 1));
        assertFalse(kept.contains(dir.resolve("hifazat-20200101-000000.sql.gz")));
    }

    private static String restore(Path backup, Path target, int expectedExit) throws Exception {
        String h2Jar = Path.of(org.h2.Driver.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        ProcessBuilder builder =
                new ProcessBuilder("bash", "deploy/backup/h2-restore.sh", backup.toString(), target.toString());
        builder.environment().put("H2_JAR", h2Jar);
        builder.redirectErrorStream(true);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(expectedExit, p.exitValue(), out);
        return out;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}

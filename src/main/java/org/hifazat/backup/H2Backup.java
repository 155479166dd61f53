package org.hifazat.backup;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Nightly backup of the H2 database while the application runs (H2's SCRIPT command, a consistent SQL script of
 * every table). Does nothing on MariaDB, which deploy/backup/mariadb-backup.sh backs up from outside.
 */
@ApplicationScoped
public class H2Backup {

    private static final Logger LOG = Logger.getLogger(H2Backup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "hifazat-";
    private static final String SUFFIX = ".sql.gz";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    BackupConfig config;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** True when this build runs on H2, the standalone default. */
    public boolean enabled() {
        return "h2".equalsIgnoreCase(dbKind);
    }

    @Scheduled(cron = "{hifazat.backup.h2-cron}", identity = "h2-backup")
    void nightly() {
        if (enabled()) {
            Path file = backup();
            LOG.infof("H2 backup written to %s", file);
        }
    }

    /** Writes a new backup and deletes the oldest beyond the number kept; returns the new file. */
    public Path backup() {
        if (!enabled()) {
            throw new IllegalStateException("H2 backups are for the H2 database; back up MariaDB with mariadb-dump");
        }
        try {
            Path dir = directory();
            Files.createDirectories(dir);
            Path file = dir.resolve(PREFIX + STAMP.format(LocalDateTime.now(ZoneOffset.UTC)) + SUFFIX);
            Path partial = dir.resolve(file.getFileName() + ".partial");
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("script to '" + partial.toString().replace("'", "''") + "' compression gzip");
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            prune(dir);
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException("H2 backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("H2 backup failed", e);
        }
    }

    /** Where backups are written (hifazat.backup.h2-directory, relative to the working directory). */
    public Path directory() {
        return Path.of(config.h2Directory()).toAbsolutePath();
    }

    /** The backups on disk, oldest first. */
    public List<Path> backups() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune(Path dir) throws IOException {
        List<Path> all = backups();
        for (int i = 0; i < all.size() - Math.max(1, config.h2Keep()); i++) {
            Files.deleteIfExists(all.get(i));
        }
    }
}

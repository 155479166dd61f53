package org.hifazat.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.hifazat.audit.AuditLog;
import org.hifazat.registry.SchoolRows.ValidRow;

/**
 * Registry imports: a file is checked and staged (nothing in the registry changes), then confirmed (every staged
 * school is added in one transaction, or none) or discarded. Every outcome is audited.
 */
@ApplicationScoped
public class RegistryImportService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> ROW_COLUMNS =
            List.of("import_id", "line_number", "emis_code", "name", "district_id", "level", "locality");

    /** What became of an uploaded file. */
    public sealed interface Staging {
        /** Checked and waiting for confirmation under this token. */
        record Staged(String token, long schools) implements Staging {}

        /** Not staged: the first problems, and how many there were in all. */
        record Refused(List<Problem> problems, long count) implements Staging {}
    }

    /** What became of a confirmation. */
    public sealed interface Confirmation {
        record Imported(long schools) implements Confirmation {}

        /** Some EMIS codes reached the registry since the preview; nothing was imported. */
        record Conflict(List<Problem> problems, long count) implements Confirmation {}

        /** No such staged preview: never was, discarded, expired, or already imported. */
        record Gone() implements Confirmation {}
    }

    /** Thrown inside the staging transaction so that it rolls back. */
    private static final class RefusedFile extends RuntimeException {
        final transient Problems problems;

        RefusedFile(Problems problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    @Inject
    RegistryConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportChecks checks;

    @Inject
    AuditLog audit;

    /** Reads, checks and stages a file. The stream is read once, as it arrives. */
    public Staging stage(InputStream body, String fileName, String actor) {
        String name = fileName == null || fileName.isBlank() ? "-" : SchoolCsv.shorten(fileName.strip());
        try {
            return QuarkusTransaction.requiringNew()
                    .timeout(timeoutSeconds())
                    .call(() -> stageInTransaction(body, name, actor));
        } catch (RefusedFile refused) {
            Problems problems = refused.problems;
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.record(
                            actor,
                            "registry-import-refused",
                            "registry-import",
                            null,
                            "file=" + name + ", problems=" + problems.count()));
            return new Staging.Refused(problems.first(config.problemsShown()), problems.count());
        }
    }

    private Staging stageInTransaction(InputStream body, String fileName, String actor) throws IOException {
        expireOldPreviews();
        Problems problems = new Problems();
        SchoolCsv csv;
        try {
            csv = SchoolCsv.open(body);
        } catch (SchoolCsv.Refused refused) {
            problems.addAll(refused.problems);
            throw new RefusedFile(problems);
        }
        RegistryImport staged = new RegistryImport();
        staged.token = newToken();
        staged.fileName = fileName;
        staged.status = RegistryImport.STAGED;
        staged.separatorName = csv.format().separatorName();
        staged.hadBom = csv.format().hadBom();
        staged.createdBy = actor;
        staged.createdAt = LocalDateTime.now();
        staged.persist();

        SchoolRows rules = new SchoolRows(RegionDirectory.load());
        long written;
        try (Connection connection = dataSource.getConnection();
                BatchInsert rows = new BatchInsert(connection, "registry_import_row", ROW_COLUMNS, 1000)) {
            csv.read(
                    line -> {
                        SchoolRows.Checked checked = rules.check(line);
                        if (checked.row() != null) {
                            ValidRow r = checked.row();
                            rows.add(
                                    staged.id,
                                    r.line(),
                                    r.emisCode(),
                                    r.name(),
                                    r.district().id(),
                                    r.level(),
                                    r.locality());
                        } else {
                            problems.addAll(checked.problems());
                        }
                    },
                    problems::add);
            rows.flush();
            written = rows.written();
        } catch (SchoolCsv.Refused refused) {
            problems.addAll(refused.problems);
            throw new RefusedFile(problems);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the registry file", e);
        }
        checks.duplicatesInFile(staged.id, problems);
        checks.duplicatesInRegistry(staged.id, problems);
        if (!problems.isEmpty()) {
            throw new RefusedFile(problems);
        }
        staged.rowCount = Math.toIntExact(written);
        audit.record(
                actor,
                "registry-import-staged",
                "registry-import",
                staged.token,
                "file=" + fileName + ", schools=" + written);
        return new Staging.Staged(staged.token, written);
    }

    /** Adds every staged school of the preview to the registry in one transaction, or none. */
    public Confirmation confirm(String token, String actor) {
        return QuarkusTransaction.requiringNew().timeout(timeoutSeconds()).call(() -> {
            Optional<RegistryImport> found = RegistryImport.findByTokenForUpdate(token);
            if (found.isEmpty() || !found.get().isStaged() || isExpired(found.get())) {
                return new Confirmation.Gone();
            }
            RegistryImport staged = found.get();
            Problems problems = new Problems();
            checks.duplicatesInRegistry(staged.id, problems);
            if (!problems.isEmpty()) {
                return new Confirmation.Conflict(problems.first(config.problemsShown()), problems.count());
            }
            LocalDateTime now = LocalDateTime.now();
            int added = Panache.getEntityManager()
                    .createNativeQuery("INSERT INTO school (district_id, emis_code, name, level, locality, created_at)"
                            + " SELECT district_id, emis_code, name, level, locality, ?1 FROM registry_import_row"
                            + " WHERE import_id = ?2 ORDER BY line_number")
                    .setParameter(1, now)
                    .setParameter(2, staged.id)
                    .executeUpdate();
            deleteRows(staged);
            staged.status = RegistryImport.IMPORTED;
            staged.confirmedBy = actor;
            staged.confirmedAt = now;
            audit.record(
                    actor,
                    "registry-import",
                    "registry-import",
                    token,
                    "file=" + staged.fileName + ", schools=" + added);
            return new Confirmation.Imported(added);
        });
    }

    /** Drops a staged preview; true if there was one. */
    public boolean discard(String token, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<RegistryImport> found = RegistryImport.findByTokenForUpdate(token);
            if (found.isEmpty() || !found.get().isStaged()) {
                return false;
            }
            deleteRows(found.get());
            found.get().status = RegistryImport.DISCARDED;
            audit.record(actor, "registry-import-discarded", "registry-import", token, "file=" + found.get().fileName);
            return true;
        });
    }

    boolean isExpired(RegistryImport staged) {
        return staged.createdAt.plus(config.previewLifetime()).isBefore(LocalDateTime.now());
    }

    private void expireOldPreviews() {
        for (RegistryImport old :
                RegistryImport.listStagedBefore(LocalDateTime.now().minus(config.previewLifetime()))) {
            deleteRows(old);
            old.status = RegistryImport.EXPIRED;
        }
    }

    private static void deleteRows(RegistryImport registryImport) {
        Panache.getEntityManager()
                .createNativeQuery("DELETE FROM registry_import_row WHERE import_id = ?1")
                .setParameter(1, registryImport.id)
                .executeUpdate();
    }

    private int timeoutSeconds() {
        return Math.toIntExact(config.transactionTimeout().toSeconds());
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.hifazat.curriculum;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.format.CatalogueLoader;
import org.hifazat.curriculum.format.Problem;
import org.hifazat.curriculum.model.Module;
import org.jboss.logging.Logger;

/**
 * The catalogue in memory: loaded from lessons/ and content/ at start-up and on an admin's reload. A reload builds
 * a whole new catalogue and swaps it in at once, so a request never sees half of one. Content problems never stop
 * the server: broken modules are left out and listed for admins.
 */
@ApplicationScoped
public class CurriculumService {

    private static final Logger LOG = Logger.getLogger(CurriculumService.class);
    private static final int TITLE_MAX = 255;

    @Inject
    CurriculumConfig config;

    @Inject
    EntityManager em;

    private volatile Catalogue catalogue = Catalogue.empty();
    private volatile LocalDateTime loadedAt;

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public LocalDateTime loadedAt() {
        return loadedAt;
    }

    public Optional<Module> module(String id) {
        return catalogue.module(id);
    }

    /** The folder a loaded module was read from, for serving its images. */
    public Path folderOf(Module module) {
        return config.lessons()
                .resolve(module.audience().name().toLowerCase(Locale.ROOT))
                .resolve(module.id());
    }

    public Path materialFolder(String materialId) {
        return config.content().resolve("materials").resolve(materialId);
    }

    /**
     * Reads lessons/ and content/ again, records the content version of every valid module, and serves the new
     * catalogue from now on.
     */
    public synchronized Catalogue reload() {
        Catalogue fresh = CatalogueLoader.load(config.lessons(), config.content());
        LocalDateTime now = LocalDateTime.now();
        List<Problem> problems = fresh.problems();
        LOG.infof(
                "Curriculum loaded: %d modules, %d materials, %d facts; %d not loaded",
                fresh.modules().size(),
                fresh.materials().size(),
                fresh.facts().size(),
                fresh.failures().size());
        problems.forEach(p -> LOG.warn(p.toString()));
        try {
            QuarkusTransaction.requiringNew().run(() -> recordVersions(fresh.modules(), now));
        } catch (RuntimeException e) {
            // the catalogue is still served; versions are recorded again on the next load
            LOG.error("Could not record module versions", e);
        }
        catalogue = fresh;
        loadedAt = now;
        return fresh;
    }

    private void recordVersions(List<Module> modules, LocalDateTime now) {
        for (Module m : modules) {
            // an upsert, so that several instances starting at once do not trip over the unique key
            em.createNativeQuery("INSERT INTO module_version (module_id, version, audience, topic, band, title_en,"
                            + " title_ur, current_version, first_loaded_at, last_loaded_at)"
                            + " VALUES (:id, :version, :audience, :topic, :band, :titleEn, :titleUr, TRUE, :now, :now)"
                            + " ON DUPLICATE KEY UPDATE current_version = TRUE, last_loaded_at = :now")
                    .setParameter("id", m.id())
                    .setParameter("version", m.version())
                    .setParameter("audience", m.audience().name().toLowerCase(Locale.ROOT))
                    .setParameter("topic", m.topic())
                    .setParameter("band", m.band() == null ? null : m.band().name())
                    .setParameter("titleEn", cut(m.title().en()))
                    .setParameter("titleUr", cut(m.title().ur()))
                    .setParameter("now", now)
                    .executeUpdate();
        }
        Set<String> served =
                modules.stream().map(m -> m.id() + "@" + m.version()).collect(Collectors.toSet());
        for (ModuleVersion row : ModuleVersion.listCurrent()) {
            if (!served.contains(row.moduleId + "@" + row.version)) {
                row.currentVersion = false;
            }
        }
    }

    private static String cut(String text) {
        return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX);
    }
}

package org.hifazat.bench;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Started with {@code -Dhifazat.bench.generate=true}, the app builds (or completes) the benchmark dataset in its
 * own database, writes a fresh load set to {@code hifazat.bench.out} and stops; otherwise this does nothing.
 * Runs after the curriculum has loaded, since the progress rows follow the real modules.
 */
@ApplicationScoped
public class BenchCommand {

    private static final Logger LOG = Logger.getLogger(BenchCommand.class);

    @ConfigProperty(name = "hifazat.bench.generate", defaultValue = "false")
    boolean generate;

    @ConfigProperty(name = "hifazat.bench.seed", defaultValue = "2026")
    long seed;

    @ConfigProperty(name = "hifazat.bench.pupils", defaultValue = "1000000")
    int pupils;

    @ConfigProperty(name = "hifazat.bench.load-pupils", defaultValue = "10000")
    int loadPupils;

    @ConfigProperty(name = "hifazat.bench.out", defaultValue = "target/bench")
    String out;

    @Inject
    NationalDataset dataset;

    @Inject
    LoadSet loadSet;

    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (!generate) {
            return;
        }
        NationalDataset.Spec spec = new NationalDataset.Spec(seed, pupils);
        LOG.infof("benchmark dataset: seed %d, %d pupils", seed, pupils);
        NationalDataset.Counts counts = dataset.build(spec, LOG::info);
        LOG.infof(
                "benchmark dataset ready in %d s: %d schools, %d classes, %d pupils, %d assignments, %d progress,"
                        + " %d attempts, %d answers",
                counts.took().toSeconds(),
                counts.schools(),
                counts.classes(),
                counts.pupils(),
                counts.assignments(),
                counts.progress(),
                counts.attempts(),
                counts.answers());
        long started = System.nanoTime();
        int written = loadSet.write(spec, loadPupils, Path.of(out));
        LOG.infof(
                "load set: %d pupils written to %s in %d ms", written, out, (System.nanoTime() - started) / 1_000_000);
        Quarkus.asyncExit(0);
    }
}

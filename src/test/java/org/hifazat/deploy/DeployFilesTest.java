package org.hifazat.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployment files for a school, a province and the nation say what operators rely on: every YAML parses,
 * the Kubernetes manifests run at least three probed, limited, pinned replicas with secrets only by reference, the
 * compose file puts two instances behind nginx, and the systemd units and nginx configurations carry the directives
 * the READMEs promise.
 */
class DeployFilesTest {

    static final Path DEPLOY = Path.of("deploy");
    static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|_KEY)$");

    @Test
    void everyYamlFileParses() {
        List<Path> files = files(DEPLOY, ".yaml", ".yml");
        assertTrue(files.size() >= 4, "YAML files under deploy/: " + files);
        for (Path file : files) {
            assertFalse(Manifests.documents(file).isEmpty(), file + " has no document");
        }
    }

    @Test
    void theNationRunsAtLeastThreeProbedLimitedPinnedReplicas() {
        Manifests nation = Manifests.under(DEPLOY.resolve("nation"));
        Map<String, Object> app = nation.one("Deployment", "hifazat");
        assertTrue(Manifests.integer(app, "spec.replicas") >= 3, "replicas");
        Map<String, Object> container = Manifests.containers(app).get(0);
        assertEquals("/q/health/ready", Manifests.get(container, "readinessProbe.httpGet.path"));
        assertEquals("/q/health/live", Manifests.get(container, "livenessProbe.httpGet.path"));
        assertNotNull(Manifests.get(container, "readinessProbe.httpGet.port"));
        for (Map<String, Object> deployment : nation.all("Deployment")) {
            for (Map<String, Object> c : Manifests.containers(deployment)) {
                String name = Manifests.get(deployment, "metadata.name") + "/" + c.get("name");
                assertNotNull(Manifests.get(c, "resources.limits.cpu"), name + " cpu limit");
                assertNotNull(Manifests.get(c, "resources.limits.memory"), name + " memory limit");
                assertNotNull(c.get("readinessProbe"), name + " readiness probe");
                assertNotNull(c.get("livenessProbe"), name + " liveness probe");
            }
        }
    }

    @Test
    void theAutoscalerAndTheDisruptionBudgetTargetTheApplication() {
        Manifests nation = Manifests.under(DEPLOY.resolve("nation"));
        Map<String, Object> app = nation.one("Deployment", "hifazat");
        Map<String, Object> podLabels = Manifests.map(app, "spec.template.metadata.labels");

        Map<String, Object> hpa = nation.one("HorizontalPodAutoscaler", "hifazat");
        assertEquals("autoscaling/v2", hpa.get("apiVersion"));
        assertEquals("Deployment", Manifests.get(hpa, "spec.scaleTargetRef.kind"));
        assertEquals("hifazat", Manifests.get(hpa, "spec.scaleTargetRef.name"));
        assertTrue(Manifests.integer(hpa, "spec.minReplicas") >= 3, "HPA keeps at least 3");
        assertTrue(Manifests.integer(hpa, "spec.maxReplicas") > Manifests.integer(hpa, "spec.minReplicas"));

        Map<String, Object> pdb = nation.one("PodDisruptionBudget", "hifazat");
        Map<String, Object> selected = Manifests.map(pdb, "spec.selector.matchLabels");
        assertFalse(selected.isEmpty());
        assertTrue(podLabels.entrySet().containsAll(selected.entrySet()), "PDB selects the pods: " + selected);
        Object minAvailable = Manifests.get(pdb, "spec.minAvailable");
        assertTrue(
                minAvailable instanceof Integer n && n >= 1 && n < Manifests.integer(app, "spec.replicas"),
                "PDB leaves room to drain a node: " + minAvailable);

        Map<String, Object> service = nation.one("Service", "hifazat");
        assertTrue(podLabels
                .entrySet()
                .containsAll(Manifests.map(service, "spec.selector").entrySet()));
        Map<String, Object> ingress = nation.one("Ingress", "hifazat");
        assertFalse(Manifests.list(ingress, "spec.tls").isEmpty(), "ingress terminates TLS");
        List<String> backends = new ArrayList<>();
        for (Object rule : Manifests.list(ingress, "spec.rules")) {
            for (Object path : Manifests.list(Manifests.cast(rule), "http.paths")) {
                backends.add(String.valueOf(Manifests.get(Manifests.cast(path), "backend.service.name")));
            }
        }
        assertTrue(backends.contains("hifazat"), "ingress routes to the service: " + backends);
    }

    @Test
    void secretsAreOnlyReferencedAndImagesArePinned() {
        for (Path dir : List.of(DEPLOY.resolve("nation"))) {
            Manifests manifests = Manifests.under(dir);
            assertTrue(manifests.all("Secret").isEmpty(), "no Secret objects in files: create them with kubectl");
            for (Map<String, Object> doc : manifests.documents()) {
                for (Map<String, Object> container : Manifests.containers(doc)) {
                    String image = String.valueOf(container.get("image"));
                    assertPinned(image);
                    for (Object e : Manifests.listOrEmpty(container, "env")) {
                        Map<String, Object> env = Manifests.cast(e);
                        String name = String.valueOf(env.get("name"));
                        if (SECRET_NAME.matcher(name).matches()) {
                            assertNotNull(Manifests.get(env, "valueFrom.secretKeyRef.name"), name + " from a Secret");
                            assertFalse(env.containsKey("value"), name + " has a literal value");
                        }
                    }
                    for (Object from : Manifests.listOrEmpty(container, "envFrom")) {
                        assertFalse(Manifests.cast(from).containsKey("secretRef"), "secrets one by one");
                    }
                }
                if (doc.get("spec") instanceof Map<?, ?> spec && spec.get("image") instanceof String image) {
                    assertPinned(image);
                }
            }
            for (Map<String, Object> config : manifests.all("ConfigMap")) {
                Manifests.map(config, "data")
                        .keySet()
                        .forEach(key -> assertFalse(SECRET_NAME.matcher(key).matches(), key + " in a ConfigMap"));
            }
        }
    }

    @Test
    void keycloakHasADatabaseOfItsOwnAndTheApplicationUsesGalera() {
        Manifests nation = Manifests.under(DEPLOY.resolve("nation"));
        Map<String, Object> galera = nation.one("MariaDB", "mariadb-galera");
        assertEquals(Boolean.TRUE, Manifests.get(galera, "spec.galera.enabled"));
        assertTrue(Manifests.integer(galera, "spec.replicas") >= 3, "Galera needs three nodes");
        String appDb = String.valueOf(Manifests.get(nation.one("ConfigMap", "hifazat-config"), "data.HIFAZAT_DB_URL"));
        assertTrue(appDb.contains("//mariadb-galera"), appDb);
        Map<String, Object> keycloak = nation.one("Deployment", "keycloak");
        String keycloakDb = Manifests.listOrEmpty(Manifests.containers(keycloak).get(0), "env").stream()
                .map(Manifests::cast)
                .filter(e -> "KC_DB_URL".equals(e.get("name")))
                .map(e -> String.valueOf(e.get("value")))
                .findFirst()
                .orElseThrow();
        assertTrue(keycloakDb.contains("//keycloak-db"), keycloakDb);
        nation.one("MariaDB", "keycloak-db");
    }

    @Test
    void theProvinceRunsTwoInstancesBehindNginx() throws IOException {
        Path dir = DEPLOY.resolve("province");
        Map<String, Object> compose =
                Manifests.documents(dir.resolve("compose.yaml")).get(0);
        Map<String, Object> services = Manifests.map(compose, "services");
        List<String> apps = services.entrySet().stream()
                .filter(e -> Manifests.map(Manifests.cast(e.getValue()), "environment")
                        .containsKey("HIFAZAT_DB_URL"))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertEquals(List.of("app1", "app2"), apps);
        for (String required : List.of("mariadb", "keycloak", "nginx")) {
            assertTrue(services.containsKey(required), required);
        }
        Map<String, Object> nginx = Manifests.cast(services.get("nginx"));
        assertTrue(Manifests.map(nginx, "depends_on").keySet().containsAll(apps), "nginx waits for both");
        String conf = Files.readString(dir.resolve("nginx.conf.template"));
        assertTrue(conf.contains("server app1:8080") && conf.contains("server app2:8080"), "both upstreams");
        assertTrue(conf.contains("proxy_pass http://hifazat;"));
        assertTrue(conf.contains("ssl_certificate "));
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Map<String, Object> s = Manifests.cast(service.getValue());
            assertPinned(String.valueOf(s.get("image")).replaceAll("\\$\\{[^}]*}", "registry/app:1"));
            Manifests.map(s, "environment").forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    assertTrue(String.valueOf(value).matches("\\$\\{[A-Z_]+:\\?[^}]*}"), name + " from .env");
                }
            });
        }
        assertTrue(Files.exists(dir.resolve(".env.example")));
    }

    @Test
    void theSchoolServerUnitsAndNginxCarryTheRequiredDirectives() throws IOException {
        Path dir = DEPLOY.resolve("school");
        Map<String, Map<String, String>> unit = Units.parse(dir.resolve("hifazat.service"));
        Map<String, String> service = unit.get("Service");
        assertEquals("hifazat", service.get("User"));
        assertEquals("/etc/hifazat/hifazat.env", service.get("EnvironmentFile"));
        assertTrue(service.get("ExecStart").contains("quarkus-run.jar"));
        assertEquals("on-failure", service.get("Restart"));
        assertTrue(service.get("Environment").contains("QUARKUS_HTTP_HOST=127.0.0.1"), "only nginx reaches it");
        assertEquals("true", service.get("NoNewPrivileges"));
        assertEquals("multi-user.target", unit.get("Install").get("WantedBy"));

        Map<String, Map<String, String>> backup = Units.parse(dir.resolve("hifazat-backup.service"));
        assertEquals("oneshot", backup.get("Service").get("Type"));
        assertTrue(backup.get("Service").get("ExecStart").endsWith("deploy/backup/mariadb-backup.sh"));
        Map<String, Map<String, String>> timer = Units.parse(dir.resolve("hifazat-backup.timer"));
        assertNotNull(timer.get("Timer").get("OnCalendar"));
        assertEquals("true", timer.get("Timer").get("Persistent"));
        assertEquals("timers.target", timer.get("Install").get("WantedBy"));

        String nginx = Files.readString(dir.resolve("nginx-hifazat.conf"));
        for (String directive : List.of(
                "listen 443 ssl",
                "ssl_certificate ",
                "ssl_certificate_key ",
                "ssl_protocols TLSv1.2 TLSv1.3;",
                "return 301 https://",
                "proxy_pass http://hifazat;",
                "proxy_set_header X-Forwarded-Proto $scheme;",
                "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "server 127.0.0.1:8080;",
                "client_max_body_size")) {
            assertTrue(nginx.contains(directive), "nginx-hifazat.conf: " + directive);
        }
        String mariadb = Files.readString(dir.resolve("mariadb-hifazat.cnf"));
        for (String setting : List.of("character-set-server    = utf8mb4", "bind-address            = 127.0.0.1")) {
            assertTrue(mariadb.contains(setting), setting);
        }
    }

    @Test
    void theBackupScriptsAreExecutableAndUseAConsistentSnapshot() throws IOException {
        Path dir = DEPLOY.resolve("backup");
        for (String script : List.of("mariadb-backup.sh", "mariadb-restore.sh", "h2-restore.sh")) {
            assertTrue(Files.isExecutable(dir.resolve(script)), script);
            assertTrue(Files.readString(dir.resolve(script)).startsWith("#!/usr/bin/env bash\n"), script);
        }
        assertTrue(Files.readString(dir.resolve("mariadb-backup.sh")).contains("--single-transaction"));
    }

    @Test
    void everySizeHasAReadme() {
        for (String size : List.of("school", "province", "nation", "backup")) {
            assertTrue(Files.isRegularFile(DEPLOY.resolve(size).resolve("README.md")), size);
        }
    }

    private static void assertPinned(String image) {
        String name = image.substring(image.lastIndexOf('/') + 1);
        assertTrue(name.contains(":") || name.contains("@sha256:"), "image has a tag: " + image);
        assertFalse(name.endsWith(":latest"), "image is not :latest: " + image);
    }

    static List<Path> files(Path dir, String... endings) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

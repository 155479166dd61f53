package org.hifazat.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** What the admin sees of an import before and after confirming it. */
@ApplicationScoped
@Transactional
public class ImportPreviews {

    /** Staged schools of one district. */
    public record DistrictCount(
            String provinceCode,
            String provinceEn,
            String provinceUr,
            String districtCode,
            String districtEn,
            String districtUr,
            long schools) {

        public String province(boolean urdu) {
            return urdu ? provinceUr : provinceEn;
        }

        public String district(boolean urdu) {
            return urdu ? districtUr : districtEn;
        }
    }

    /** A staged school as the preview table shows it. */
    public record Row(
            int line,
            String emisCode,
            String name,
            String districtEn,
            String districtUr,
            String provinceCode,
            String level,
            String locality) {

        public String district(boolean urdu) {
            return urdu ? districtUr : districtEn;
        }

        public String levelKey() {
            return Vocabulary.levelKey(level);
        }

        public String localityKey() {
            return Vocabulary.localityKey(locality);
        }
    }

    /** A count of staged schools per value (level, urban or rural). */
    public record Count(String value, long schools) {

        public String levelKey() {
            return Vocabulary.levelKey(value);
        }

        public String localityKey() {
            return Vocabulary.localityKey(value);
        }
    }

    public record Preview(
            RegistryImport registryImport,
            boolean confirmable,
            List<Row> firstRows,
            List<DistrictCount> districts,
            List<Count> levels,
            List<Count> localities) {}

    @Inject
    RegistryConfig config;

    @Inject
    RegistryImportService imports;

    public Optional<Preview> find(String token) {
        return RegistryImport.findByToken(token).map(this::preview);
    }

    public List<RegistryImport> latest(int limit) {
        return RegistryImport.listLatest(limit);
    }

    private Preview preview(RegistryImport registryImport) {
        if (!registryImport.isStaged()) {
            return new Preview(registryImport, false, List.of(), List.of(), List.of(), List.of());
        }
        List<Row> rows = RegistryImportRow.listFirst(registryImport, config.previewRows()).stream()
                .map(r -> new Row(
                        r.lineNumber,
                        r.emisCode,
                        r.name,
                        r.district.nameEn,
                        r.district.nameUr,
                        r.district.province.code,
                        r.level,
                        r.locality))
                .toList();
        List<DistrictCount> districts = RegistryImportRow.getEntityManager()
                .createQuery(
                        "select p.code, p.nameEn, p.nameUr, d.code, d.nameEn, d.nameUr, count(r)"
                                + " from RegistryImportRow r join r.district d"
                                + " join d.province p where r.registryImport = ?1"
                                + " group by p.code, p.nameEn, p.nameUr, d.code, d.nameEn, d.nameUr"
                                + " order by p.code, d.nameEn",
                        DistrictCount.class)
                .setParameter(1, registryImport)
                .getResultList();
        return new Preview(
                registryImport,
                !imports.isExpired(registryImport),
                rows,
                districts,
                counts("level", registryImport),
                counts("locality", registryImport));
    }

    private static List<Count> counts(String field, RegistryImport registryImport) {
        return RegistryImportRow.getEntityManager()
                .createQuery(
                        "select r." + field + ", count(r)"
                                + " from RegistryImportRow r where r.registryImport = ?1 group by r." + field
                                + " order by r." + field,
                        Count.class)
                .setParameter(1, registryImport)
                .getResultList();
    }
}

package org.hifazat.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.List;
import org.hifazat.school.District;

/** A school waiting in a staged import; written in bulk by {@link RegistryImportService}, read for the preview. */
@Entity
public class RegistryImportRow extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    public RegistryImport registryImport;

    public int lineNumber;
    public String emisCode;
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public District district;

    public String level;
    public String locality;

    public static List<RegistryImportRow> listFirst(RegistryImport registryImport, int limit) {
        return find(
                        "select r from RegistryImportRow r join fetch r.district d join fetch d.province"
                                + " where r.registryImport = ?1 order by r.lineNumber",
                        registryImport)
                .page(0, limit)
                .list();
    }

    public static long deleteFor(RegistryImport registryImport) {
        return delete("registryImport", registryImport);
    }
}

package org.hifazat.registry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hifazat.registry.RegionFile.DistrictRow;
import org.hifazat.registry.RegionFile.ProvinceRow;
import org.hifazat.registry.RegionFile.Regions;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.jboss.logging.Logger;

/**
 * Brings the provinces and districts in the database up to the shipped list at every start, in every profile:
 * inserts what is missing and corrects names, never deletes (schools refer to them).
 */
@ApplicationScoped
public class RegionData {

    /** Runs before observers of the default priority, such as the demo school, which uses these districts. */
    public static final int START_PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(RegionData.class);

    public record Changes(int provincesAdded, int districtsAdded, int renamed) {}

    void onStart(@Observes @Priority(START_PRIORITY) StartupEvent event) {
        Changes changes = load(RegionFile.shipped());
        if (changes.provincesAdded() + changes.districtsAdded() + changes.renamed() > 0) {
            LOG.infof(
                    "Registry: %d provinces and %d districts added, %d renamed",
                    changes.provincesAdded(), changes.districtsAdded(), changes.renamed());
        }
    }

    /** Applies the list; a second instance starting at the same moment may win the race, so try once more. */
    public Changes load(Regions regions) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(regions));
        } catch (PersistenceException e) {
            LOG.info("Registry: another instance was loading the districts too; checking again");
            return QuarkusTransaction.requiringNew().call(() -> apply(regions));
        }
    }

    private Changes apply(Regions regions) {
        Map<String, Province> provinces =
                Province.<Province>listAll().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
        int provincesAdded = 0;
        int districtsAdded = 0;
        int renamed = 0;
        for (ProvinceRow row : regions.provinces()) {
            Province province = provinces.get(row.code());
            if (province == null) {
                province = new Province();
                province.code = row.code();
                province.nameEn = row.nameEn();
                province.nameUr = row.nameUr();
                province.persist();
                provinces.put(row.code(), province);
                provincesAdded++;
            } else if (!row.nameEn().equals(province.nameEn) || !row.nameUr().equals(province.nameUr)) {
                province.nameEn = row.nameEn();
                province.nameUr = row.nameUr();
                renamed++;
            }
        }
        Map<String, District> districts =
                District.<District>listAll().stream().collect(Collectors.toMap(d -> d.code, Function.identity()));
        for (DistrictRow row : regions.districts()) {
            District district = districts.get(row.code());
            if (district == null) {
                district = new District();
                district.code = row.code();
                district.province = provinces.get(row.provinceCode());
                district.nameEn = row.nameEn();
                district.nameUr = row.nameUr();
                district.persist();
                districtsAdded++;
            } else if (!row.nameEn().equals(district.nameEn) || !row.nameUr().equals(district.nameUr)) {
                district.nameEn = row.nameEn();
                district.nameUr = row.nameUr();
                renamed++;
            }
        }
        return new Changes(provincesAdded, districtsAdded, renamed);
    }
}

package org.hifazat.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hifazat.school.District;
import org.hifazat.school.Province;

/**
 * Finds the province and district a registry file names: by code (PB, PB-LHR), by English or Urdu name, or by a
 * known other spelling (D.G. Khan), ignoring case, dots and extra spaces. Built once per import from the database
 * and the shipped aliases.
 */
final class RegionDirectory {

    /** A province or district as an import needs it. */
    record Region(long id, String code, String nameEn, String nameUr, String provinceCode) {}

    private final Map<String, Region> provincesByCode = new HashMap<>();
    private final Map<String, Region> provincesByName = new HashMap<>();
    private final Map<String, Region> districtsByCode = new HashMap<>();
    private final Map<String, List<Region>> districtsByName = new HashMap<>();

    RegionDirectory(List<Region> provinces, List<Region> districts, RegionFile.Regions aliases) {
        for (Region p : provinces) {
            provincesByCode.put(p.code(), p);
            provincesByName.put(Names.key(p.nameEn()), p);
            provincesByName.put(Names.key(p.nameUr()), p);
        }
        aliases.provinces().forEach(row -> {
            Region p = provincesByCode.get(row.code());
            if (p != null) {
                row.aliases().forEach(alias -> provincesByName.putIfAbsent(Names.key(alias), p));
            }
        });
        for (Region d : districts) {
            districtsByCode.put(d.code(), d);
            addName(d.nameEn(), d);
            addName(d.nameUr(), d);
        }
        aliases.districts().forEach(row -> {
            Region d = districtsByCode.get(row.code());
            if (d != null) {
                row.aliases().forEach(alias -> addName(alias, d));
            }
        });
    }

    /** The regions in the database now, with the shipped aliases. */
    static RegionDirectory load() {
        List<Region> provinces = Province.<Province>listAll().stream()
                .map(p -> new Region(p.id, p.code, p.nameEn, p.nameUr, p.code))
                .toList();
        List<Region> districts =
                District.<District>find("select d from District d join fetch d.province").list().stream()
                        .map(d -> new Region(d.id, d.code, d.nameEn, d.nameUr, d.province.code))
                        .toList();
        return new RegionDirectory(provinces, districts, RegionFile.shipped());
    }

    Optional<Region> province(String value) {
        Region byCode = provincesByCode.get(value.strip().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(byCode != null ? byCode : provincesByName.get(Names.key(value)));
    }

    Optional<Region> provinceByCode(String code) {
        return Optional.ofNullable(provincesByCode.get(code));
    }

    /** Every district the value could mean, anywhere: one by code, or all with that name. */
    List<Region> districts(String value) {
        Region byCode = districtsByCode.get(value.strip().toUpperCase(Locale.ROOT));
        return byCode != null ? List.of(byCode) : districtsByName.getOrDefault(Names.key(value), List.of());
    }

    private void addName(String name, Region district) {
        List<Region> named = districtsByName.computeIfAbsent(Names.key(name), k -> new ArrayList<>());
        if (!named.contains(district)) {
            named.add(district);
        }
    }
}

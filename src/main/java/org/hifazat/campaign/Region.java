package org.hifazat.campaign;

import java.util.Locale;
import java.util.Optional;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.identity.ScopeType;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;

/**
 * Where a campaign reaches: the nation, a province, a district or one school, with the province and district it
 * lies in, so that "is it within this official's scope" needs no further query. Written in forms and addresses as
 * {@code national}, {@code province:PB}, {@code district:PB-LHR} or {@code school:EMIS} (the dashboard's syntax).
 */
record Region(ScopeType type, Long provinceId, Long districtId, Long schoolId, String nameEn, String nameUr) {

    /** A region that names nothing known: unknown kind or code. */
    static final class Unknown extends RuntimeException {
        Unknown() {
            super("unknown region", null, false, false);
        }
    }

    static final Region NATIONAL = new Region(ScopeType.NATIONAL, null, null, null, "Pakistan", "پاکستان");

    /** Reads "national", "province:PB", "district:PB-LHR" or "school:EMIS"; codes are matched ignoring case. */
    static Region parse(String spec) {
        String typed = spec == null ? "" : spec.strip();
        if (typed.equalsIgnoreCase("national")) {
            return NATIONAL;
        }
        int colon = typed.indexOf(':');
        if (colon < 0 || typed.length() > 80) {
            throw new Unknown();
        }
        String kind = typed.substring(0, colon).toLowerCase(Locale.ROOT);
        String code = typed.substring(colon + 1).strip();
        if (code.isEmpty()) {
            throw new Unknown();
        }
        return switch (kind) {
            case "province" ->
                Province.findByCode(code.toUpperCase(Locale.ROOT))
                        .map(Region::of)
                        .orElseThrow(Unknown::new);
            case "district" ->
                District.findByCode(code.toUpperCase(Locale.ROOT))
                        .map(Region::of)
                        .orElseThrow(Unknown::new);
            case "school" -> School.findByEmisCode(code).map(Region::of).orElseThrow(Unknown::new);
            default -> throw new Unknown();
        };
    }

    static Region of(Province p) {
        return new Region(ScopeType.PROVINCE, p.id, null, null, p.nameEn, p.nameUr);
    }

    static Region of(District d) {
        return new Region(ScopeType.DISTRICT, d.province.id, d.id, null, d.nameEn, d.nameUr);
    }

    static Region of(School s) {
        String name = s.name + " (" + s.emisCode + ")";
        return new Region(ScopeType.SCHOOL, s.district.province.id, s.district.id, s.id, name, name);
    }

    static Region of(Campaign c) {
        return switch (c.regionType) {
            case NATIONAL -> NATIONAL;
            case PROVINCE -> of(c.province);
            case DISTRICT -> of(c.district);
            case SCHOOL -> of(c.school);
        };
    }

    /** The official's own scope as a region: what they may run campaigns in. */
    static Optional<Region> scopeOf(AdultAccount adult) {
        if (adult.role == Role.ADMIN) {
            return Optional.of(NATIONAL);
        }
        if (adult.role != Role.MINISTRY || adult.scopeType == null) {
            return Optional.empty();
        }
        return switch (adult.scopeType) {
            case NATIONAL -> Optional.of(NATIONAL);
            case PROVINCE -> Optional.ofNullable(adult.province).map(Region::of);
            case DISTRICT -> Optional.ofNullable(adult.district).map(Region::of);
            case SCHOOL -> Optional.ofNullable(adult.school).map(Region::of);
        };
    }

    /** Whether this region lies wholly inside the other (a region lies inside itself). */
    boolean within(Region outer) {
        return switch (outer.type) {
            case NATIONAL -> true;
            case PROVINCE -> outer.provinceId.equals(provinceId);
            case DISTRICT -> outer.districtId.equals(districtId);
            case SCHOOL -> outer.schoolId.equals(schoolId);
        };
    }

    String name(boolean urdu) {
        return urdu ? nameUr : nameEn;
    }

    /** The id the fan-out SQL filters on. */
    Long id() {
        return switch (type) {
            case NATIONAL -> null;
            case PROVINCE -> provinceId;
            case DISTRICT -> districtId;
            case SCHOOL -> schoolId;
        };
    }
}

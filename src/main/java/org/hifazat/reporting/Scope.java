package org.hifazat.reporting;

/**
 * A region a report covers: the nation, a province, a district or one school, with the ids that report counts are
 * filtered by. Its {@link #key()} is what addresses carry: national, province:PB, district:PB-LHR, school:EMIS.
 */
public record Scope(
        Level level, String code, Long provinceId, Long districtId, Long schoolId, String nameEn, String nameUr) {

    public enum Level {
        NATIONAL("national"),
        PROVINCE("province"),
        DISTRICT("district"),
        SCHOOL("school");

        private final String prefix;

        Level(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public static Scope national(String nameEn, String nameUr) {
        return new Scope(Level.NATIONAL, null, null, null, null, nameEn, nameUr);
    }

    public String key() {
        return level == Level.NATIONAL ? "national" : level.prefix() + ":" + code;
    }

    public String name(boolean urdu) {
        return urdu ? nameUr : nameEn;
    }

    /** Whether this scope reaches everything in {@code inner}: a province holds its districts and their schools. */
    public boolean contains(Scope inner) {
        return switch (level) {
            case NATIONAL -> true;
            case PROVINCE -> provinceId.equals(inner.provinceId);
            case DISTRICT -> inner.level.ordinal() >= Level.DISTRICT.ordinal() && districtId.equals(inner.districtId);
            case SCHOOL -> inner.level == Level.SCHOOL && schoolId.equals(inner.schoolId);
        };
    }
}

package org.hifazat.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hifazat.registry.RegionDirectory.Region;
import org.hifazat.registry.SchoolCsv.Line;

/** The rules for one line of a registry file: what each value may be, and what it becomes in the registry. */
final class SchoolRows {

    /** A line that passed: ready to be staged. EMIS codes are kept in upper case so duplicates compare exactly. */
    record ValidRow(long line, String emisCode, String name, Region district, String level, String locality) {}

    /** The outcome for one line: a row, or its problems. */
    record Checked(ValidRow row, List<Problem> problems) {}

    static final int MAX_EMIS = 32;
    static final int MAX_NAME = 200;
    static final int MAX_REGION = 120;
    static final Pattern EMIS = Pattern.compile("[A-Z0-9][A-Z0-9./-]*");

    private final RegionDirectory regions;

    SchoolRows(RegionDirectory regions) {
        this.regions = regions;
    }

    Checked check(Line line) {
        List<Problem> problems = new ArrayList<>();
        long n = line.number();
        String emis = text(line, Column.EMIS_CODE, MAX_EMIS, problems).toUpperCase(Locale.ROOT);
        if (!emis.isEmpty() && emis.length() <= MAX_EMIS && !EMIS.matcher(emis).matches()) {
            problems.add(Problem.at(n, "registry_problem_emis_format", SchoolCsv.shorten(emis)));
        }
        String name = text(line, Column.NAME, MAX_NAME, problems);
        String provinceValue = text(line, Column.PROVINCE, MAX_REGION, problems);
        String districtValue = text(line, Column.DISTRICT, MAX_REGION, problems);
        String level = word(line, Column.LEVEL, Vocabulary.LEVELS, "registry_problem_level", problems);
        String locality = word(line, Column.URBAN_RURAL, Vocabulary.LOCALITIES, "registry_problem_locality", problems);
        Region district = null;
        if (!provinceValue.isEmpty() && !districtValue.isEmpty()) {
            Optional<Region> province = regions.province(provinceValue);
            if (province.isEmpty()) {
                problems.add(Problem.at(n, "registry_problem_unknown_province", SchoolCsv.shorten(provinceValue)));
            } else {
                district = district(n, districtValue, province.get(), problems);
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new ValidRow(n, emis, name, district, level, locality), List.of());
    }

    private Region district(long n, String value, Region province, List<Problem> problems) {
        List<Region> anywhere = regions.districts(value);
        List<Region> inProvince = anywhere.stream()
                .filter(d -> d.provinceCode().equals(province.code()))
                .toList();
        if (inProvince.size() == 1) {
            return inProvince.get(0);
        }
        if (inProvince.isEmpty() && !anywhere.isEmpty()) {
            Region elsewhere = anywhere.get(0);
            Region itsProvince =
                    regions.provinceByCode(elsewhere.provinceCode()).orElseThrow();
            problems.add(Problem.at(
                    n, "registry_problem_district_elsewhere", name(elsewhere), name(itsProvince), name(province)));
        } else if (inProvince.isEmpty()) {
            problems.add(Problem.at(n, "registry_problem_unknown_district", SchoolCsv.shorten(value)));
        } else {
            problems.add(Problem.at(n, "registry_problem_ambiguous_district", SchoolCsv.shorten(value)));
        }
        return null;
    }

    private static Problem.Name name(Region region) {
        return new Problem.Name(region.nameEn(), region.nameUr());
    }

    /** A required text value: not empty, not too long, no control characters. */
    private static String text(Line line, Column column, int max, List<Problem> problems) {
        String value = line.get(column);
        if (value.isEmpty()) {
            problems.add(Problem.at(line.number(), "registry_problem_required", column.label()));
        } else if (value.length() > max) {
            problems.add(Problem.at(line.number(), "registry_problem_too_long", column.label(), max));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(Problem.at(line.number(), "registry_problem_control", column.label()));
        }
        return value;
    }

    private static String word(
            Line line, Column column, Map<String, String> words, String problemKey, List<Problem> problems) {
        String value = line.get(column);
        if (value.isEmpty()) {
            problems.add(Problem.at(line.number(), "registry_problem_required", column.label()));
            return null;
        }
        String word = words.get(Names.key(value));
        if (word == null) {
            problems.add(Problem.at(line.number(), problemKey, SchoolCsv.shorten(value)));
        }
        return word;
    }
}

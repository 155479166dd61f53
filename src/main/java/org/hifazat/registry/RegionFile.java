package org.hifazat.registry;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The provinces and districts shipped in resources/registry (provinces.csv, districts.csv; their README gives the
 * source and date). A mistake in those files stops the start-up with the line at fault.
 */
public final class RegionFile {

    static final Pattern PROVINCE_CODE = Pattern.compile("[A-Z]{2}");
    static final Pattern DISTRICT_CODE = Pattern.compile("[A-Z]{2}-[A-Z]{3}");

    public record ProvinceRow(String code, String nameEn, String nameUr, List<String> aliases) {}

    public record DistrictRow(String code, String provinceCode, String nameEn, String nameUr, List<String> aliases) {}

    public record Regions(List<ProvinceRow> provinces, List<DistrictRow> districts) {}

    private RegionFile() {}

    /** The lists that ship with the application. */
    public static Regions shipped() {
        try (Reader provinces = resource("registry/provinces.csv");
                Reader districts = resource("registry/districts.csv")) {
            return read(provinces, districts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Regions read(Reader provincesCsv, Reader districtsCsv) {
        List<ProvinceRow> provinces = new ArrayList<>();
        Set<String> provinceCodes = new HashSet<>();
        for (CsvRecord r : records(provincesCsv, "provinces.csv", "code,name_en,name_ur,aliases")) {
            String code = field(r, 0, "provinces.csv", PROVINCE_CODE);
            if (!provinceCodes.add(code)) {
                throw problem("provinces.csv", r, "province code " + code + " appears twice");
            }
            provinces.add(new ProvinceRow(code, name(r, 1, "provinces.csv"), name(r, 2, "provinces.csv"), aliases(r)));
        }
        List<DistrictRow> districts = new ArrayList<>();
        Set<String> districtCodes = new HashSet<>();
        for (CsvRecord r : records(districtsCsv, "districts.csv", "code,province,name_en,name_ur,aliases")) {
            String code = field(r, 0, "districts.csv", DISTRICT_CODE);
            String province = field(r, 1, "districts.csv", PROVINCE_CODE);
            if (!provinceCodes.contains(province) || !code.startsWith(province + "-")) {
                throw problem("districts.csv", r, "district " + code + " names an unknown or other province");
            }
            if (!districtCodes.add(code)) {
                throw problem("districts.csv", r, "district code " + code + " appears twice");
            }
            districts.add(new DistrictRow(
                    code, province, name(r, 2, "districts.csv"), name(r, 3, "districts.csv"), aliases(r)));
        }
        return new Regions(List.copyOf(provinces), List.copyOf(districts));
    }

    private static List<CsvRecord> records(Reader csv, String file, String header) {
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .commentCharacter('#')
                .ofCsvRecord(csv)) {
            for (CsvRecord record : reader) {
                rows.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() || !String.join(",", rows.get(0).getFields()).equals(header)) {
            throw new IllegalStateException(file + ": the header must be " + header);
        }
        int columns = header.split(",").length;
        for (CsvRecord row : rows) {
            if (row.getFieldCount() != columns) {
                throw problem(file, row, "expected " + columns + " columns");
            }
        }
        return rows.subList(1, rows.size());
    }

    private static String field(CsvRecord r, int index, String file, Pattern pattern) {
        String value = r.getField(index).strip();
        if (!pattern.matcher(value).matches()) {
            throw problem(file, r, "'" + value + "' is not a valid code");
        }
        return value;
    }

    private static String name(CsvRecord r, int index, String file) {
        String value = r.getField(index).strip();
        if (value.isEmpty() || value.length() > 120) {
            throw problem(file, r, "a name is empty or longer than 120 characters");
        }
        return value;
    }

    private static List<String> aliases(CsvRecord r) {
        String value = r.getField(r.getFieldCount() - 1).strip();
        return value.isEmpty()
                ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::strip).toList();
    }

    private static IllegalStateException problem(String file, CsvRecord r, String message) {
        return new IllegalStateException(file + ":" + r.getStartingLineNumber() + ": " + message);
    }

    private static Reader resource(String path) {
        InputStream in = RegionFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}

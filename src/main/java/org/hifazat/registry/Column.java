package org.hifazat.registry;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The columns of a registry file, each with the header names it may go by and an example for the upload page. */
enum Column {
    EMIS_CODE("35220117", "emis_code", "emis", "emiscode", "emis_no"),
    NAME(
            "Government Girls Primary School, Model Town · گورنمنٹ گرلز پرائمری سکول، ماڈل ٹاؤن",
            "name",
            "school_name",
            "school"),
    DISTRICT("PB-LHR · Lahore · لاہور", "district", "district_code", "district_name"),
    PROVINCE("PB · Punjab · پنجاب", "province", "province_code", "province_name"),
    LEVEL("primary · middle · high · higher-secondary", "level", "school_level"),
    URBAN_RURAL("urban · rural", "urban_rural", "locality", "location", "area");

    /** A column as the upload page explains it: header, message key of its meaning, example values. */
    public record Help(String header, String helpKey, String example) {}

    final String example;
    final List<String> headerNames;

    Column(String example, String... headerNames) {
        this.example = example;
        this.headerNames = List.of(headerNames);
    }

    Help help() {
        return new Help(headerNames.get(0), "registry_column_" + name().toLowerCase() + "_help", example);
    }

    /** The message key of the column's name, e.g. "EMIS code". */
    Problem.Key label() {
        return new Problem.Key("registry_column_" + name().toLowerCase());
    }

    static Column forHeader(String header) {
        String key = header.strip().toLowerCase().replaceAll("[\\s/.-]+", "_");
        for (Column column : values()) {
            if (column.headerNames.contains(key)) {
                return column;
            }
        }
        return null;
    }

    static String canonicalHeader() {
        return String.join(
                ",", Arrays.stream(values()).map(c -> c.headerNames.get(0)).toList());
    }

    /**
     * Where each of the header's columns goes: the column ordinal for each position. Every column must be there
     * once, and no other.
     */
    static int[] positions(CsvRecord header) {
        List<Problem> problems = new ArrayList<>();
        int[] columnAt = new int[header.getFieldCount()];
        boolean[] seen = new boolean[values().length];
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip();
            Column column = forHeader(name);
            if (column == null) {
                problems.add(
                        Problem.at(1, "registry_problem_header_unknown", SchoolCsv.shorten(name), canonicalHeader()));
            } else if (seen[column.ordinal()]) {
                problems.add(Problem.at(1, "registry_problem_header_twice", SchoolCsv.shorten(name)));
            } else {
                seen[column.ordinal()] = true;
                columnAt[i] = column.ordinal();
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : values()) {
            if (!seen[column.ordinal()]) {
                missing.add(column.headerNames.get(0));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(
                    Problem.at(1, "registry_problem_header_missing", String.join(", ", missing), canonicalHeader()));
        }
        if (!problems.isEmpty()) {
            throw new SchoolCsv.Refused(problems);
        }
        return columnAt;
    }
}

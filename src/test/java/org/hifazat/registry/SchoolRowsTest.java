package org.hifazat.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hifazat.registry.RegionDirectory.Region;
import org.hifazat.registry.SchoolCsv.Line;
import org.hifazat.registry.SchoolRows.Checked;
import org.hifazat.web.Language;
import org.junit.jupiter.api.Test;

class SchoolRowsTest {

    private static final Region PUNJAB = new Region(1, "PB", "Punjab", "پنجاب", "PB");
    private static final Region SINDH = new Region(2, "SD", "Sindh", "سندھ", "SD");
    private static final Region LAHORE = new Region(10, "PB-LHR", "Lahore", "لاہور", "PB");
    private static final Region DG_KHAN = new Region(11, "PB-DGK", "Dera Ghazi Khan", "ڈیرہ غازی خان", "PB");
    private static final Region HYDERABAD = new Region(20, "SD-HYD", "Hyderabad", "حیدرآباد", "SD");

    private final SchoolRows rows = new SchoolRows(
            new RegionDirectory(List.of(PUNJAB, SINDH), List.of(LAHORE, DG_KHAN, HYDERABAD), RegionFile.shipped()));

    private static Line line(String emis, String name, String district, String province, String level, String area) {
        String[] values = new String[Column.values().length];
        values[Column.EMIS_CODE.ordinal()] = emis;
        values[Column.NAME.ordinal()] = name;
        values[Column.DISTRICT.ordinal()] = district;
        values[Column.PROVINCE.ordinal()] = province;
        values[Column.LEVEL.ordinal()] = level;
        values[Column.URBAN_RURAL.ordinal()] = area;
        return new Line(7, values);
    }

    private List<String> problems(Line line, Language language) {
        return rows.check(line).problems().stream().map(p -> p.text(language)).toList();
    }

    @Test
    void districtsAreFoundByCodeNameUrduNameOrOtherSpelling() {
        for (String district : List.of("PB-LHR", "pb-lhr", "Lahore", " LAHORE ", "لاہور")) {
            Checked checked = rows.check(line("x-1", "School", district, "Punjab", "Primary", "Urban"));
            assertEquals(LAHORE, checked.row().district(), district);
        }
        Checked alias = rows.check(line("x-2", "School", "D.G. Khan", "پنجاب", "higher secondary", "دیہی"));
        assertEquals(DG_KHAN, alias.row().district());
        assertEquals("X-2", alias.row().emisCode());
        assertEquals("higher-secondary", alias.row().level());
        assertEquals("rural", alias.row().locality());
    }

    @Test
    void anUnknownDistrictOrProvinceIsNamed() {
        assertEquals(
                List.of("line 7: unknown district \"Lahor\". Use a district code such as PB-LHR or a name from the"
                        + " registry's list of districts."),
                problems(line("x-3", "School", "Lahor", "PB", "primary", "urban"), Language.EN));
        assertEquals(
                List.of("line 7: unknown province \"Panjaab\". Use a code such as PB or a name such as Punjab."),
                problems(line("x-4", "School", "Lahore", "Panjaab", "primary", "urban"), Language.EN));
    }

    @Test
    void aDistrictInAnotherProvinceIsExplainedInTheReadersLanguage() {
        Line line = line("x-5", "School", "Hyderabad", "Punjab", "primary", "urban");
        assertEquals(
                List.of("line 7: the district Hyderabad is in Sindh, not in Punjab."), problems(line, Language.EN));
        assertEquals(List.of("سطر 7: ضلع حیدرآباد، سندھ میں ہے، پنجاب میں نہیں۔"), problems(line, Language.UR));
    }

    @Test
    void everyEmptyTooLongOrMalformedValueIsReported() {
        Line line = line("bad code!", "N".repeat(201), "", "PB", "college", "suburban");
        assertNull(rows.check(line).row());
        assertEquals(
                List.of(
                        "line 7: the EMIS code \"BAD CODE!\" may only have letters, digits, dots, slashes and dashes.",
                        "line 7: the name is longer than 200 characters.",
                        "line 7: the district is empty.",
                        "line 7: the level \"college\" is not primary, middle, high or higher-secondary.",
                        "line 7: \"suburban\" is not urban or rural."),
                problems(line, Language.EN));
        assertEquals(
                List.of("line 7: the name contains invisible control characters."),
                problems(line("x-6", "School\u0007", "PB-LHR", "PB", "primary", "urban"), Language.EN));
    }

    @Test
    void urduNamesWithJoinersAreKeptExactly() {
        String name = "گورنمنٹ\u200Cگرلز ہائی سکول نمبر 2";
        Checked checked = rows.check(line("x-7", name, "لاہور", "پنجاب", "ہائی", "شہری"));
        assertEquals(name, checked.row().name());
        assertEquals("high", checked.row().level());
        assertEquals("urban", checked.row().locality());
    }
}

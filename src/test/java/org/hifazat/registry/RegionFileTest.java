package org.hifazat.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hifazat.registry.RegionFile.DistrictRow;
import org.hifazat.registry.RegionFile.Regions;
import org.junit.jupiter.api.Test;

class RegionFileTest {

    private static final String PROVINCES = "code,name_en,name_ur,aliases\nPB,Punjab,پنجاب,\nSD,Sindh,سندھ,\n";

    @Test
    void shipsAllProvincesAndAreasWithTheirDistricts() {
        Regions regions = RegionFile.shipped();
        assertEquals(
                List.of("PB", "SD", "KP", "BA", "IS", "GB", "JK"),
                regions.provinces().stream().map(p -> p.code()).toList());
        Map<String, Long> perProvince = regions.districts().stream()
                .collect(Collectors.groupingBy(DistrictRow::provinceCode, Collectors.counting()));
        assertEquals(Map.of("PB", 41L, "SD", 30L, "KP", 36L, "BA", 37L, "IS", 1L, "GB", 14L, "JK", 10L), perProvince);
        DistrictRow lahore = regions.districts().stream()
                .filter(d -> d.code().equals("PB-LHR"))
                .findFirst()
                .orElseThrow();
        assertEquals("Lahore", lahore.nameEn());
        assertEquals("لاہور", lahore.nameUr());
    }

    @Test
    void everyUrduNameIsInUrduScriptAndEveryEnglishNameIsNot() {
        Regions regions = RegionFile.shipped();
        for (DistrictRow d : regions.districts()) {
            assertTrue(d.nameUr().codePoints().allMatch(c -> c == ' ' || isArabicScript(c) || isMark(c)), d.code());
            assertTrue(d.nameEn().codePoints().noneMatch(RegionFileTest::isArabicScript), d.code());
        }
        regions.provinces().forEach(p -> assertTrue(p.nameUr().codePoints().anyMatch(RegionFileTest::isArabicScript)));
    }

    @Test
    void namesAreUniqueWithinAProvinceSoAFileCanNameADistrict() {
        Map<String, Long> keys = RegionFile.shipped().districts().stream()
                .collect(Collectors.groupingBy(
                        d -> d.provinceCode() + "/" + Names.key(d.nameEn()), Collectors.counting()));
        assertEquals(
                List.of(),
                keys.entrySet().stream().filter(e -> e.getValue() > 1).toList());
    }

    @Test
    void aMistakeInTheFileNamesItsLine() {
        String districts = "code,province,name_en,name_ur,aliases\nPB-LHR,PB,Lahore,لاہور,\nPB-LHR,PB,Lahore,لاہور,\n";
        IllegalStateException twice = assertThrows(
                IllegalStateException.class,
                () -> RegionFile.read(new StringReader(PROVINCES), new StringReader(districts)));
        assertEquals("districts.csv:3: district code PB-LHR appears twice", twice.getMessage());

        String otherProvince = "code,province,name_en,name_ur,aliases\n# a comment\nKP-PSH,PB,Peshawar,پشاور,\n";
        IllegalStateException wrong = assertThrows(
                IllegalStateException.class,
                () -> RegionFile.read(new StringReader(PROVINCES), new StringReader(otherProvince)));
        assertEquals("districts.csv:3: district KP-PSH names an unknown or other province", wrong.getMessage());
    }

    @Test
    void aliasesAreSplitOnBars() {
        String districts =
                "code,province,name_en,name_ur,aliases\nPB-DGK,PB,Dera Ghazi Khan,ڈیرہ غازی خان,D.G. Khan|DG Khan\n";
        Regions regions = RegionFile.read(new StringReader(PROVINCES), new StringReader(districts));
        assertEquals(List.of("D.G. Khan", "DG Khan"), regions.districts().get(0).aliases());
    }

    /** Marks such as the superscript alef in موسیٰ belong to the letter before them. */
    private static boolean isMark(int c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isArabicScript(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }
}

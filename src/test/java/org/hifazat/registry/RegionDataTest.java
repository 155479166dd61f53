package org.hifazat.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hifazat.registry.RegionFile.DistrictRow;
import org.hifazat.registry.RegionFile.Regions;
import org.hifazat.school.DemoSchool;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionDataTest {

    @Inject
    RegionData regionData;

    @Test
    void everyShippedDistrictIsInTheDatabaseWithBothNames() {
        Regions shipped = RegionFile.shipped();
        QuarkusTransaction.requiringNew().run(() -> {
            // other tests add provinces of their own: every shipped one must be there with both names
            for (RegionFile.ProvinceRow row : shipped.provinces()) {
                Province province = Province.findByCode(row.code()).orElseThrow(() -> new AssertionError(row));
                assertEquals(row.nameEn(), province.nameEn);
                assertEquals(row.nameUr(), province.nameUr);
            }
            for (DistrictRow row : shipped.districts()) {
                District district = District.findByCode(row.code()).orElseThrow(() -> new AssertionError(row));
                assertEquals(row.nameEn(), district.nameEn);
                assertEquals(row.nameUr(), district.nameUr);
                assertEquals(row.provinceCode(), district.province.code);
            }
            // the demo school sits in the shipped Lahore
            School demo = School.findByEmisCode(DemoSchool.EMIS_CODE).orElseThrow();
            assertEquals("PB-LHR", demo.district.code);
        });
    }

    @Test
    void loadingAgainInsertsNothingAndDeletesNothing() {
        String extra = "PB-ZZT";
        QuarkusTransaction.requiringNew().run(() -> {
            District district = new District();
            district.province = Province.findByCode("PB").orElseThrow();
            district.code = extra;
            district.nameEn = "Not In The File";
            district.nameUr = "فائل میں نہیں";
            district.persist();
        });
        try {
            long before = QuarkusTransaction.requiringNew().call(() -> District.count());
            assertEquals(new RegionData.Changes(0, 0, 0), regionData.load(RegionFile.shipped()));
            long after = QuarkusTransaction.requiringNew().call(() -> District.count());
            assertEquals(before, after);
            assertTrue(QuarkusTransaction.requiringNew()
                    .call(() -> District.findByCode(extra).isPresent()));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> District.delete("code", extra));
        }
    }

    @Test
    void aCorrectedNameInTheFileIsApplied() {
        Regions shipped = RegionFile.shipped();
        List<DistrictRow> corrected = new ArrayList<>();
        for (DistrictRow row : shipped.districts()) {
            corrected.add(
                    row.code().equals("GB-RDU")
                            ? new DistrictRow(row.code(), row.provinceCode(), "Rondu", row.nameUr(), row.aliases())
                            : row);
        }
        try {
            assertEquals(new RegionData.Changes(0, 0, 1), regionData.load(new Regions(shipped.provinces(), corrected)));
            assertEquals("Rondu", QuarkusTransaction.requiringNew().call(() -> District.findByCode("GB-RDU")
                    .orElseThrow()
                    .nameEn));
        } finally {
            assertEquals(new RegionData.Changes(0, 0, 1), regionData.load(shipped));
        }
    }
}

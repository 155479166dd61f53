package org.hifazat.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hifazat.identity.ClassCodes;
import org.hifazat.identity.SecretWords;
import org.hifazat.registry.SchoolGenerator.Place;
import org.hifazat.registry.SchoolGenerator.SyntheticSchool;
import org.junit.jupiter.api.Test;

class SchoolGeneratorTest {

    /** The real districts, as the generator gets them from the database. */
    private static List<Place> realDistricts() {
        List<Place> places = new ArrayList<>();
        long id = 1;
        for (RegionFile.DistrictRow d : RegionFile.shipped().districts()) {
            places.add(new Place(id++, d.code(), d.provinceCode(), d.nameEn()));
        }
        return places;
    }

    @Test
    void theSameSeedGivesTheSameSchoolsWhateverTheOrderOfTheDistricts() {
        List<Place> districts = realDistricts();
        List<Place> shuffled = new ArrayList<>(districts);
        Collections.shuffle(shuffled);
        List<SyntheticSchool> first = new SchoolGenerator(42, districts).schools(0, 500);
        List<SyntheticSchool> again = new SchoolGenerator(42, shuffled).schools(0, 500);
        assertEquals(first, again);
        assertNotEquals(first, new SchoolGenerator(43, districts).schools(0, 500));
        // school 7 is school 7, however many are asked for
        assertEquals(first.get(7), new SchoolGenerator(42, districts).school(7));
        assertEquals("SYN-16-8", first.get(7).emisCode());
    }

    @Test
    void schoolsArePlausibleAndSpreadOverTheProvinces() {
        List<SyntheticSchool> schools = new SchoolGenerator(7, realDistricts()).schools(0, 10_000);
        Set<String> codes = new HashSet<>();
        for (SyntheticSchool s : schools) {
            assertTrue(codes.add(s.emisCode()), s.emisCode());
            assertTrue(SchoolRows.EMIS.matcher(s.emisCode()).matches(), s.emisCode());
            assertTrue(s.name().length() <= SchoolRows.MAX_NAME, s.name());
            assertTrue(s.name().startsWith("Government ") || s.name().startsWith("Govt. "), s.name());
            assertTrue(Vocabulary.LEVEL_WORDS.contains(s.level()));
            assertTrue(Vocabulary.LOCALITY_WORDS.contains(s.locality()));
        }
        Map<String, Long> perProvince = schools.stream()
                .collect(Collectors.groupingBy(s -> s.district().provinceCode(), Collectors.counting()));
        assertEquals(Set.of("PB", "SD", "KP", "BA", "IS", "GB", "JK"), perProvince.keySet());
        assertTrue(perProvince.get("PB") > 4000 && perProvince.get("PB") < 5000, perProvince.toString());
        long districtsUsed = schools.stream()
                .map(s -> s.district().districtCode())
                .distinct()
                .count();
        assertEquals(169, districtsUsed);
        long primary = schools.stream().filter(s -> s.level().equals("primary")).count();
        assertTrue(primary > 5500 && primary < 6500, "primary " + primary);
        long rural = schools.stream().filter(s -> s.locality().equals("rural")).count();
        assertTrue(rural > 6500, "rural " + rural);
    }

    @Test
    void syntheticPupilsHaveTwoDifferentPicturesOrTwoWords() {
        for (int p = 0; p < 100; p++) {
            String[] pictures = SyntheticPeople.pupilSecret(3, p).split("\\+");
            assertNotEquals(pictures[0], pictures[1]);
            String[] words = SyntheticPeople.pupilSecret(8, p).split("\\+");
            assertNotEquals(words[0], words[1]);
            assertTrue(SecretWords.IDS.containsAll(List.of(words)), "words the sign-in page offers");
        }
        assertEquals("picture", SyntheticPeople.signInKind(5));
        assertEquals("words", SyntheticPeople.signInKind(6));
    }

    @Test
    void classCodesCanBeTypedAtTheSignInPageAndAreDistinct() {
        Set<String> codes = new HashSet<>();
        for (long school = 1; school < 3000; school += 7) {
            for (int j = 0; j < 12; j++) {
                String code = SyntheticRows.classCode(school, j);
                assertTrue(ClassCodes.wellFormed(code), code);
                assertTrue(codes.add(code), code);
            }
        }
    }
}

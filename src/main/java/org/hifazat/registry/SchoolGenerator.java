package org.hifazat.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Made-up but plausible schools for demos and benchmarks, spread over the real districts roughly as Pakistan's
 * schools are spread over its provinces. Deterministic: school number i of a seed is always the same school (it
 * depends only on the seed, i and the list of districts), so generating more with the same seed only adds schools.
 * Pure code: no database.
 */
public final class SchoolGenerator {

    /** A district the generator may place schools in. */
    public record Place(long districtId, String districtCode, String provinceCode, String districtName) {}

    /** One synthetic school; {@code index} counts from 0. */
    public record SyntheticSchool(
            int index, String emisCode, String name, Place district, String level, String locality) {}

    /** Rough shares of schools by province or area; a missing area's share goes to the others. */
    static final Map<String, Double> PROVINCE_SHARES =
            Map.of("PB", 0.45, "SD", 0.19, "KP", 0.20, "BA", 0.08, "IS", 0.01, "GB", 0.03, "JK", 0.04);

    private static final String[] NEIGHBOURHOODS = {
        "Model Town", "Satellite Town", "Civil Lines", "Gulshan Colony", "Madina Town", "Iqbal Town",
        "Jinnah Colony", "Railway Colony", "Garden Town", "Muslim Town", "Peoples Colony", "Faisal Colony",
        "Old City", "New Town", "Township", "Cantonment"
    };
    private static final String[] VILLAGES = {
        "Ali Khan",
        "Sher Muhammad",
        "Karim Bakhsh",
        "Ghulam Hussain",
        "Noor Shah",
        "Allah Ditta",
        "Hassanabad",
        "Nawan Kot",
        "Kotla",
        "Ahmadpur",
        "Sultanpur",
        "Fatehpur",
        "Rasoolpur",
        "Shahpur",
        "Qadirabad",
        "Pir Bakhsh",
        "Jamalpur",
        "Mirpur",
        "Bagh Ali",
        "Sardar Khan"
    };
    private static final Map<String, String[]> VILLAGE_WORDS = Map.of(
            "PB", new String[] {"Chak", "Mauza", "Basti", "Dhok"},
            "SD", new String[] {"Goth", "Village"},
            "KP", new String[] {"Village", "Banda"},
            "BA", new String[] {"Killi", "Goth"});
    private static final String[] LEVEL_NAMES = {"Primary", "Middle", "High", "Higher Secondary"};

    private final long seed;
    private final List<Place> places;
    private final double[] cumulative;

    /** @param districts where schools may go; their order does not matter */
    public SchoolGenerator(long seed, List<Place> districts) {
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("no districts to place schools in");
        }
        this.seed = seed;
        this.places = districts.stream()
                .sorted(Comparator.comparing(Place::districtCode))
                .toList();
        Map<String, Integer> perProvince = new LinkedHashMap<>();
        places.forEach(p -> perProvince.merge(p.provinceCode(), 1, Integer::sum));
        double total = perProvince.keySet().stream()
                .mapToDouble(p -> PROVINCE_SHARES.getOrDefault(p, 0.01))
                .sum();
        cumulative = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            String province = places.get(i).provinceCode();
            sum += PROVINCE_SHARES.getOrDefault(province, 0.01) / total / perProvince.get(province);
            cumulative[i] = sum;
        }
    }

    /** The EMIS code of school number {@code index} of a seed: SYN-{seed in base 36}-{index + 1}. */
    public static String emisCode(long seed, int index) {
        return "SYN-" + Long.toString(seed, 36).toUpperCase(Locale.ROOT) + "-" + (index + 1);
    }

    public List<SyntheticSchool> schools(int from, int to) {
        List<SyntheticSchool> schools = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            schools.add(school(i));
        }
        return schools;
    }

    public SyntheticSchool school(int index) {
        Random random = new Random(mix(seed, index, 0));
        Place place = placeAt(random.nextDouble());
        int levelIndex = pick(random, 0.60, 0.18, 0.17, 0.05);
        String level = Vocabulary.LEVEL_WORDS.get(levelIndex);
        boolean urban = random.nextDouble() < ("IS".equals(place.provinceCode()) ? 0.7 : 0.25);
        String gender =
                switch (pick(random, 0.45, 0.45, 0.10)) {
                    case 0 -> "Girls ";
                    case 1 -> "Boys ";
                    default -> "";
                };
        String prefix = random.nextBoolean() ? "Government " : "Govt. ";
        String number = random.nextDouble() < 0.3 ? "No. " + (2 + random.nextInt(8)) + ", " : "";
        String where = urban
                ? NEIGHBOURHOODS[random.nextInt(NEIGHBOURHOODS.length)] + ", " + place.districtName()
                : village(random, place);
        String name = prefix + gender + LEVEL_NAMES[levelIndex] + " School " + number + where;
        return new SyntheticSchool(index, emisCode(seed, index), name, place, level, urban ? "urban" : "rural");
    }

    private String village(Random random, Place place) {
        String[] words = VILLAGE_WORDS.getOrDefault(place.provinceCode(), new String[] {"Village"});
        String word = words[random.nextInt(words.length)];
        if (word.equals("Chak")) {
            return "Chak No. " + (1 + random.nextInt(600)) + "/" + (random.nextBoolean() ? "GB" : "RB") + ", "
                    + place.districtName();
        }
        return word + " " + VILLAGES[random.nextInt(VILLAGES.length)] + ", " + place.districtName();
    }

    private Place placeAt(double r) {
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return places.get(i);
            }
        }
        return places.get(places.size() - 1);
    }

    /**
     * A well-spread seed for one school (or one of its classes): java.util.Random's first numbers follow its seed
     * closely, so neighbouring seeds must not be used directly. SplitMix64's finaliser, applied in turn.
     */
    static long mix(long seed, long school, long part) {
        return splitMix(splitMix(splitMix(seed) ^ school) ^ part);
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Index of the share that r falls into. */
    private static int pick(Random random, double... shares) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            if (r < sum) {
                return i;
            }
        }
        return shares.length - 1;
    }
}

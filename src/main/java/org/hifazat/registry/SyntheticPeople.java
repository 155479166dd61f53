package org.hifazat.registry;

import java.util.Random;
import org.hifazat.identity.Pictures;
import org.hifazat.identity.SecretWords;

/** Names and sign-in secrets for the classes of synthetic schools; deterministic, like the schools. */
public final class SyntheticPeople {

    private static final String[] GIRLS = {
        "Ayesha", "Fatima", "Zainab", "Maryam", "Hira", "Sana", "Iqra", "Noor", "Amna", "Rabia", "Kinza", "Laiba",
        "Areeba", "Mahnoor", "Anaya", "Khadija", "Sadia", "Hafsa", "Alina", "Eman"
    };
    private static final String[] BOYS = {
        "Ali",
        "Ahmed",
        "Bilal",
        "Hamza",
        "Usman",
        "Hassan",
        "Omar",
        "Saad",
        "Zaid",
        "Fahad",
        "Talha",
        "Danish",
        "Rayan",
        "Musa",
        "Shayan",
        "Ibrahim",
        "Abdullah",
        "Haris",
        "Junaid",
        "Waleed"
    };
    private static final String[] SURNAMES = {
        "Khan",
        "Ahmed",
        "Qureshi",
        "Malik",
        "Butt",
        "Chaudhry",
        "Shah",
        "Siddiqui",
        "Baloch",
        "Memon",
        "Abbasi",
        "Awan",
        "Raza",
        "Hussain",
        "Iqbal",
        "Jamali",
        "Khattak",
        "Yousafzai",
        "Baig",
        "Mirza"
    };

    private SyntheticPeople() {}

    /** A pupil's display name: first name and initial, e.g. "Hira K." */
    static String pupilName(Random random) {
        String[] names = random.nextBoolean() ? GIRLS : BOYS;
        return names[random.nextInt(names.length)] + " " + (char) ('A' + random.nextInt(26)) + ".";
    }

    /** A teacher's display name, e.g. "Miss Sana Qureshi". */
    static String teacherName(Random random) {
        boolean woman = random.nextBoolean();
        String[] names = woman ? GIRLS : BOYS;
        return (woman ? "Miss " : "Mr ") + names[random.nextInt(names.length)] + " "
                + SURNAMES[random.nextInt(SURNAMES.length)];
    }

    /** picture for grades 1-5, words for grades 6-12. */
    public static String signInKind(int grade) {
        return grade <= 5 ? "picture" : "words";
    }

    /**
     * The secret of pupil number {@code pupilIndex} (from 0) of a synthetic class, before hashing: a picture pair
     * for grades 1-5, two words for grades 6-12, as the sign-in page combines them. Load tests sign in with it.
     */
    public static String pupilSecret(int grade, int pupilIndex) {
        int first = pupilIndex % 16;
        int second = (pupilIndex + 1 + pupilIndex / 16) % 16;
        if (second == first) {
            second = (second + 1) % 16;
        }
        return grade <= 5
                ? Pictures.secretOf(Pictures.IDS.get(first), Pictures.IDS.get(second))
                : SecretWords.secretOf(SecretWords.IDS.get(first), SecretWords.IDS.get(second));
    }
}

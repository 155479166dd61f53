package org.hifazat.cards;

import java.security.SecureRandom;
import java.util.List;
import org.hifazat.identity.Pictures;
import org.hifazat.identity.SecretWords;

/**
 * A pupil's new secret while it is still known: two different picture ids (grades 1-5) or word ids (6-12).
 *
 * @param pupilId whose secret it is
 * @param first the first picture or word id
 * @param second the second picture or word id
 */
public record FreshSecret(long pupilId, String first, String second) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Two different random pictures or words for this pupil. */
    public static FreshSecret draw(long pupilId, boolean pictures) {
        List<String> from = pictures ? Pictures.IDS : SecretWords.IDS;
        int a = RANDOM.nextInt(from.size());
        int b = RANDOM.nextInt(from.size() - 1);
        if (b >= a) {
            b++;
        }
        return new FreshSecret(pupilId, from.get(a), from.get(b));
    }

    /** What the keyed hash is taken of: the order the pupil picks them in does not matter. */
    public String secret() {
        return Pictures.secretOf(first, second);
    }
}

package org.hifazat.learning;

/**
 * Who is learning: a pupil, or an adult taking the teacher track. Progress, attempts and confidence rows carry the
 * one id that applies; {@link #column()} names it in queries.
 */
public record Learner(Kind kind, long id) {

    public enum Kind {
        PUPIL,
        ADULT
    }

    public static Learner pupil(long pupilId) {
        return new Learner(Kind.PUPIL, pupilId);
    }

    public static Learner adult(long adultId) {
        return new Learner(Kind.ADULT, adultId);
    }

    /** The entity field holding this learner's id. */
    String column() {
        return kind == Kind.PUPIL ? "pupilId" : "adultId";
    }

    /** Whether a row with these ids belongs to this learner. */
    boolean owns(Long pupilId, Long adultId) {
        Long own = kind == Kind.PUPIL ? pupilId : adultId;
        return own != null && own == id;
    }

    /** Writes this learner's id into a new row's pair of id fields. */
    Long pupilIdOrNull() {
        return kind == Kind.PUPIL ? id : null;
    }

    Long adultIdOrNull() {
        return kind == Kind.ADULT ? id : null;
    }
}

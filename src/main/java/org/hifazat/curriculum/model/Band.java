package org.hifazat.curriculum.model;

/** Age band by Pakistani school grade. */
public enum Band {
    A(1, 2),
    B(3, 5),
    C(6, 8),
    D(9, 12);

    private final int firstGrade;
    private final int lastGrade;

    Band(int firstGrade, int lastGrade) {
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    public int firstGrade() {
        return firstGrade;
    }

    public int lastGrade() {
        return lastGrade;
    }

    public static Band ofGrade(int grade) {
        for (Band band : values()) {
            if (grade >= band.firstGrade && grade <= band.lastGrade) {
                return band;
            }
        }
        throw new IllegalArgumentException("no band for grade " + grade);
    }
}

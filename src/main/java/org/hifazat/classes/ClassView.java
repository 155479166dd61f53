package org.hifazat.classes;

import org.hifazat.school.SchoolClass;

/**
 * A class as pages show it, read inside the transaction: templates render after it has ended, when lazy relations
 * can no longer load.
 */
public record ClassView(
        long id,
        int grade,
        String section,
        String classCode,
        String language,
        boolean archived,
        boolean pictures,
        String schoolName,
        String teacherName) {

    public static ClassView of(SchoolClass c) {
        return new ClassView(
                c.id,
                c.grade,
                c.section,
                c.classCode,
                c.language,
                c.archived,
                c.usesPictures(),
                c.school.name,
                c.teacher == null ? "" : c.teacher.displayName);
    }

    /** "4-A", as teachers say it. */
    public String label() {
        return grade + "-" + section;
    }

    /** The message key of the class's language name. */
    public String languageKey() {
        return "language_" + language;
    }
}

package org.hifazat.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.audit.AuditLog;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.ClassCodes;
import org.hifazat.school.Pupil;
import org.hifazat.school.PupilFacts;
import org.hifazat.school.SchoolClass;

/** Creating, changing and archiving classes, and what the start and class pages show about them. */
@ApplicationScoped
@Transactional
public class ClassService {

    /** A class as a start page lists it. */
    public record Summary(ClassView schoolClass, long pupils, List<ClassLink> links) {
        public List<ClassLink> attention() {
            return links.stream().filter(ClassLink::needsAttention).toList();
        }
    }

    @Inject
    AuditLog audit;

    @Inject
    PupilFacts pupilFacts;

    @Inject
    Instance<ClassSection> sections;

    @Inject
    Event<ClassOpened> opened;

    /** A new open class taught by this teacher, with a fresh class code. */
    public SchoolClass create(AdultAccount teacher, ClassForm form, String actor) {
        if (teacher.school == null) {
            throw new ClassForm.Problem("class_problem_no_school");
        }
        SchoolClass schoolClass = new SchoolClass();
        schoolClass.school = teacher.school;
        schoolClass.teacher = teacher;
        schoolClass.createdAt = LocalDateTime.now();
        apply(schoolClass, form);
        schoolClass.classCode = freshCode();
        schoolClass.persist();
        audit.record(actor, "class-created", "class", schoolClass.id.toString(), schoolClass.classCode);
        opened.fire(new ClassOpened(schoolClass.id));
        return schoolClass;
    }

    public void update(SchoolClass schoolClass, ClassForm form, String actor) {
        boolean kindChanges = form.pictures() != schoolClass.usesPictures();
        if (kindChanges && Pupil.count("schoolClass", schoolClass) > 0) {
            throw new ClassForm.Problem("class_problem_kind_change");
        }
        apply(schoolClass, form);
        pupilFacts.forgetAll();
        audit.record(
                actor,
                "class-changed",
                "class",
                schoolClass.id.toString(),
                schoolClass.grade + "-" + schoolClass.section + " " + schoolClass.language);
    }

    public void archive(SchoolClass schoolClass, String actor) {
        schoolClass.archived = true;
        pupilFacts.forgetAll();
        audit.record(actor, "class-archived", "class", schoolClass.id.toString(), null);
    }

    /** Opens an archived class again, unless an open class has taken its grade and section meanwhile. */
    public void restore(SchoolClass schoolClass, String actor) {
        if (SchoolClass.findOpenSection(schoolClass.school, schoolClass.grade, schoolClass.section, schoolClass.id)
                .isPresent()) {
            throw new ClassForm.Problem("class_problem_restore_taken");
        }
        schoolClass.archived = false;
        audit.record(actor, "class-restored", "class", schoolClass.id.toString(), null);
        opened.fire(new ClassOpened(schoolClass.id));
    }

    /** Pupil counts and every section's links for these classes, a query per section rather than per class. */
    public List<Summary> summaries(List<SchoolClass> classes) {
        Map<Long, Long> pupils = pupilCounts(classes);
        Map<Long, List<ClassLink>> links = new HashMap<>();
        for (ClassSection section : orderedSections()) {
            section.links(classes).forEach((id, link) -> links.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(link));
        }
        return classes.stream()
                .map(c -> new Summary(
                        ClassView.of(c), pupils.getOrDefault(c.id, 0L), links.getOrDefault(c.id, List.of())))
                .toList();
    }

    /** The start page's lines about all these classes together (the worries inbox, ...). */
    public List<ClassLink> overview(List<SchoolClass> classes) {
        return orderedSections().stream()
                .flatMap(s -> s.summary(classes).stream())
                .toList();
    }

    private List<ClassSection> orderedSections() {
        return sections.stream()
                .sorted(Comparator.comparingInt(ClassSection::order))
                .toList();
    }

    private static Map<Long, Long> pupilCounts(List<SchoolClass> classes) {
        Map<Long, Long> counts = new HashMap<>();
        if (classes.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = Pupil.getEntityManager()
                .createQuery(
                        "select p.schoolClass.id, count(p) from Pupil p where p.schoolClass in ?1"
                                + " group by p.schoolClass.id",
                        Object[].class)
                .setParameter(1, classes)
                .getResultList();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    private static void apply(SchoolClass schoolClass, ClassForm form) {
        if (SchoolClass.findOpenSection(schoolClass.school, form.grade(), form.section(), schoolClass.id)
                .isPresent()) {
            throw new ClassForm.Problem("class_problem_exists");
        }
        schoolClass.grade = form.grade();
        schoolClass.section = form.section();
        schoolClass.language = form.language();
    }

    /** A class code no class has yet. Codes are random over 887 million, so a clash is rare; try a few. */
    private static String freshCode() {
        for (int i = 0; i < 20; i++) {
            String code = ClassCodes.next();
            if (SchoolClass.findByClassCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free class code after 20 tries");
    }
}

package org.hifazat.assignment;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Topic;
import org.hifazat.school.SchoolClass;
import org.hifazat.web.Ui;

/** What the assignments pages show, read inside the transaction and in the page's language. */
@ApplicationScoped
public class AssignmentViews {

    /** An assignment as a row of the list. {@code title} is the module id when the module is no longer served. */
    @TemplateData
    public record Row(
            long id,
            String moduleId,
            String title,
            String band,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean fromCampaign,
            AssignmentService.State state,
            String assignedBy) {

        /** The teacher may move or withdraw their own assignments that still stand. */
        public boolean editable() {
            return !fromCampaign && state != AssignmentService.State.WITHDRAWN;
        }
    }

    /** A module the teacher may pick. */
    @TemplateData
    public record Choice(String id, String title, String band, String topic) {}

    /** The whole list page: rows by state and the modules to choose from. */
    @TemplateData
    public record Listing(
            List<Row> current,
            List<Row> upcoming,
            List<Row> ended,
            List<Row> withdrawn,
            List<Choice> choices,
            String band,
            boolean allBands) {

        public boolean empty() {
            return current.isEmpty() && upcoming.isEmpty() && ended.isEmpty() && withdrawn.isEmpty();
        }

        /** The rows under their headings, in the order the page shows them. */
        public List<Group> groups() {
            return List.of(
                    new Group("assignment_group_current", current),
                    new Group("assignment_group_upcoming", upcoming),
                    new Group("assignment_group_ended", ended),
                    new Group("assignment_group_withdrawn", withdrawn));
        }
    }

    /** A heading (message key) and its rows. */
    @TemplateData
    public record Group(String key, List<Row> rows) {}

    @Inject
    AssignmentService assignments;

    @Inject
    CurriculumService curriculum;

    public Listing listing(SchoolClass schoolClass, boolean allBands, LocalDate today) {
        List<Row> rows = assignments.listed(schoolClass.id, today).stream()
                .map(this::row)
                .toList();
        Band band = Band.ofGrade(schoolClass.grade);
        return new Listing(
                of(rows, AssignmentService.State.CURRENT),
                of(rows, AssignmentService.State.UPCOMING),
                of(rows, AssignmentService.State.ENDED),
                of(rows, AssignmentService.State.WITHDRAWN),
                choices(allBands ? null : band),
                band.name(),
                allBands);
    }

    public Row row(Assignment a, LocalDate today) {
        return row(new AssignmentService.Listed(
                a.id,
                a.moduleId,
                a.startsOn,
                a.endsOn,
                a.fromCampaign(),
                AssignmentService.State.of(a, today),
                a.assignedBy == null ? "" : a.assignedBy.displayName));
    }

    private Row row(AssignmentService.Listed a) {
        Module module = curriculum.module(a.moduleId()).orElse(null);
        return new Row(
                a.id(),
                a.moduleId(),
                module == null ? a.moduleId() : module.title().in(lang()),
                module == null || module.band() == null ? "" : module.band().name(),
                a.startsOn(),
                a.endsOn(),
                a.fromCampaign(),
                a.state(),
                a.assignedBy());
    }

    /** Pupil modules in catalogue order (topic, then band); only the class's band unless band is null. */
    private List<Choice> choices(Band band) {
        Catalogue catalogue = curriculum.catalogue();
        List<String> topics = catalogue.topics().stream().map(Topic::id).toList();
        return catalogue.modules().stream()
                .filter(m -> m.audience() == Audience.PUPIL)
                .filter(m -> band == null || m.band() == band)
                .sorted(Comparator.comparing((Module m) -> topics.indexOf(m.topic()))
                        .thenComparing(m -> m.band().name())
                        .thenComparing(Module::id))
                .map(m -> new Choice(m.id(), m.title().in(lang()), m.band().name(), topicTitle(catalogue, m)))
                .toList();
    }

    private static String topicTitle(Catalogue catalogue, Module m) {
        return catalogue.topic(m.topic()).map(t -> t.title().in(lang())).orElse(m.topic());
    }

    private static List<Row> of(List<Row> rows, AssignmentService.State state) {
        return rows.stream().filter(r -> r.state() == state).toList();
    }

    private static String lang() {
        return Ui.current().code();
    }
}

package org.hifazat.safeguarding;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Material;

/** The teachers' worry pages, shared by the inbox of all classes and the pages of one class. */
@CheckedTemplate(basePath = "WorriesPage")
final class WorryTemplates {

    private WorryTemplates() {}

    /**
     * @param classId the class of this inbox, or null for every class of the adult
     * @param classLabel its label ("4-A"), or null
     */
    static native TemplateInstance inbox(
            Long classId,
            String classLabel,
            List<WorryService.ReportView> reports,
            String filter,
            List<WorryStatus> statuses,
            boolean head,
            boolean guide);

    static native TemplateInstance report(
            WorryService.ReportView report,
            boolean teaches,
            List<WorryStatus> choices,
            List<WorryService.NoteView> notes,
            List<WorryService.TrailEntry> trail,
            List<Fact> routes,
            boolean guide,
            String notice,
            String problem,
            String typedNote);

    static native TemplateInstance guide(Material guide, List<Fact> routes);
}

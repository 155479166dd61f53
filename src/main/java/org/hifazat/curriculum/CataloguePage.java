package org.hifazat.curriculum;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.model.Audience;
import org.hifazat.curriculum.model.Module;
import org.hifazat.curriculum.model.Text;
import org.hifazat.curriculum.model.Topic;
import org.hifazat.web.Language;
import org.hifazat.web.Ui;

/** The public list of modules by topic and band, each title also shown in the other language. */
@Path("/modules")
@Produces(MediaType.TEXT_HTML)
public class CataloguePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance modules(List<TopicGroup> groups, String otherLang, String otherDir);
    }

    /** A topic and its pupil modules in band order, or (when {@code teacher}) the teacher track. */
    public record TopicGroup(String id, boolean teacher, String title, String otherTitle, List<Entry> modules) {}

    /** One module as listed; band and grades are empty for teacher units. */
    public record Entry(
            String id,
            String band,
            int firstGrade,
            int lastGrade,
            String title,
            String otherTitle,
            String question,
            int minutes) {}

    @Inject
    CurriculumService curriculum;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance modules() {
        Language lang = ui.language();
        Catalogue catalogue = curriculum.catalogue();
        List<Module> modules = CatalogueOrder.sorted(catalogue);
        List<TopicGroup> groups = new ArrayList<>();
        for (Topic topic : catalogue.topics()) {
            List<Entry> entries = modules.stream()
                    .filter(m -> m.audience() == Audience.PUPIL && m.topic().equals(topic.id()))
                    .map(m -> entry(m, lang))
                    .toList();
            if (!entries.isEmpty()) {
                groups.add(new TopicGroup(
                        topic.id(), false, in(topic.title(), lang), in(topic.title(), lang.other()), entries));
            }
        }
        List<Entry> teacherUnits = modules.stream()
                .filter(m -> m.audience() == Audience.TEACHER)
                .map(m -> entry(m, lang))
                .toList();
        if (!teacherUnits.isEmpty()) {
            groups.add(new TopicGroup("teacher-track", true, "", "", teacherUnits));
        }
        return Templates.modules(groups, lang.other().code(), lang.other().dir());
    }

    private static Entry entry(Module m, Language lang) {
        return new Entry(
                m.id(),
                m.band() == null ? "" : m.band().name(),
                m.band() == null ? 0 : m.band().firstGrade(),
                m.band() == null ? 0 : m.band().lastGrade(),
                in(m.title(), lang),
                in(m.title(), lang.other()),
                in(m.question(), lang),
                m.minutes());
    }

    private static String in(Text text, Language lang) {
        return text.in(lang.code());
    }
}

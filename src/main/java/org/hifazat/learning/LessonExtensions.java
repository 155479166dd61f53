package org.hifazat.learning;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import org.hifazat.curriculum.model.Prose;
import org.hifazat.curriculum.model.Text;
import org.hifazat.web.Ui;

/** Lesson text in the page's language: {text.t} for short texts, {prose.html} for rendered Markdown. */
public final class LessonExtensions {

    private LessonExtensions() {}

    @TemplateExtension
    static String t(Text text) {
        return text == null ? "" : text.in(Ui.current().code());
    }

    /** Prose was rendered once at load by a renderer that escapes raw HTML, so it is safe to insert as is. */
    @TemplateExtension
    static RawString html(Prose prose) {
        return new RawString(prose == null ? "" : prose.in(Ui.current().code()));
    }
}

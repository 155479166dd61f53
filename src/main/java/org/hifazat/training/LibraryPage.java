package org.hifazat.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.hifazat.curriculum.CurriculumService;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.model.Band;
import org.hifazat.curriculum.model.Material;
import org.hifazat.curriculum.model.Text;
import org.hifazat.web.Language;
import org.hifazat.web.Ui;

/**
 * The material library: every guide, worksheet, app safety card, parent letter and workshop kit of content/, by
 * topic, band and kind, each printable in English or Urdu. Public: it holds no personal data, and families are
 * meant to read much of it.
 */
@Path("/library")
@Produces(MediaType.TEXT_HTML)
public class LibraryPage {

    /** A filter choice: its value in the address and its label. */
    @TemplateData
    public record Choice(String value, Text label, String labelKey, boolean selected) {}

    /** A material in the list. */
    @TemplateData
    public record Item(String id, Text title, Text summary, String kindKey, List<Text> topics, String bands) {}

    /** A source behind a fact the material states. */
    @TemplateData
    public record Source(String source, String url, String checked) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(
                List<Item> items, List<Choice> topics, List<Choice> bands, List<Choice> kinds, boolean filtered);

        static native TemplateInstance material(
                Item item,
                String lang,
                String dir,
                String title,
                String summary,
                RawString body,
                String otherLang,
                String module,
                List<Source> sources);
    }

    @Inject
    CurriculumService curriculum;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance library(
            @QueryParam("topic") String topic, @QueryParam("band") String band, @QueryParam("kind") String kind) {
        Catalogue catalogue = curriculum.catalogue();
        LibraryFilter filter = LibraryFilter.of(catalogue, topic, band, kind).orElseThrow(BadRequestException::new);
        List<Item> items = filter.apply(catalogue.materials()).stream()
                .map(m -> item(catalogue, m))
                .toList();
        List<Choice> topics = catalogue.topics().stream()
                .map(t -> new Choice(t.id(), t.title(), null, t.id().equals(filter.topic())))
                .toList();
        List<Choice> bands = List.of(Band.values()).stream()
                .map(b -> new Choice(b.name(), null, "library_band_" + b.name().toLowerCase(), b == filter.band()))
                .toList();
        List<Choice> kinds = List.of(Material.Kind.values()).stream()
                .map(k -> new Choice(k.written(), null, kindKey(k), k == filter.kind()))
                .toList();
        return Templates.library(items, topics, bands, kinds, filter.any());
    }

    @GET
    @Path("{id}")
    public TemplateInstance material(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Catalogue catalogue = curriculum.catalogue();
        Material material = catalogue.material(id).orElseThrow(NotFoundException::new);
        Language language;
        if (lang == null || lang.isEmpty()) {
            language = ui.language();
        } else {
            language = List.of(Language.values()).stream()
                    .filter(l -> l.code().equals(lang))
                    .findFirst()
                    .orElseThrow(BadRequestException::new);
        }
        String code = language.code();
        List<Source> sources = material.facts().stream()
                .map(key -> catalogue.facts().get(key))
                .filter(Objects::nonNull)
                .map(f -> new Source(f.source(), f.url(), f.checked().toString()))
                .distinct()
                .toList();
        String module = material.module() != null
                        && curriculum.module(material.module()).isPresent()
                ? material.module()
                : null;
        return Templates.material(
                item(catalogue, material),
                code,
                language.dir(),
                material.title().in(code),
                material.summary().in(code),
                new RawString(material.body().in(code)),
                language.other().code(),
                module,
                sources);
    }

    private static Item item(Catalogue catalogue, Material m) {
        List<Text> topics = m.topics().stream()
                .map(t -> catalogue.topic(t).map(x -> x.title()).orElse(Text.plain(t)))
                .toList();
        String bands = m.bands().isEmpty()
                ? ""
                : String.join(", ", m.bands().stream().map(Band::name).toList());
        return new Item(m.id(), m.title(), m.summary(), kindKey(m.kind()), topics, bands);
    }

    static String kindKey(Material.Kind kind) {
        return "material_kind_" + kind.written().replace('-', '_');
    }
}

package org.hifazat.curriculum.format;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hifazat.curriculum.model.Fact;

/**
 * Checks and renders one prose file. Raw HTML is an error here and is escaped by the renderer as well, in case a
 * check is ever missed; links may only use http, https, mailto and tel. A {@code {{fact:key}}} placeholder becomes
 * the fact's text in the file's language.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern FACT = Pattern.compile("\\s*fact:([a-z0-9-]+)\\s*");
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://|mailto:|tel:|#).*");

    /**
     * @param folder     the folder images are resolved in
     * @param mediaBase  URL prefix under which the folder's images are served
     * @param listedKeys fact keys the module or material lists in {@code facts:}
     * @param facts      the listed facts that exist and are verified
     */
    record Context(Path folder, String mediaBase, Set<String> listedKeys, Map<String, Fact> facts) {}

    private Markdown() {}

    /** Safe HTML for the file, or null after reporting its problems. */
    static String render(Source src, String text, String lang, Context context) {
        int before = src.problems().size();
        if (text.isBlank()) {
            src.error(1, "file is empty");
            return null;
        }
        String script = Script.checkProse(text, lang);
        if (script != null) {
            src.error(1, script);
        }
        checkPlaceholders(src, text, context);
        Node document = PARSER.parse(text);
        document.accept(new Checks(src, context));
        if (src.problems().size() > before) {
            return null;
        }
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(c -> (node, tag, attributes) -> {
                    if (node instanceof Image) {
                        attributes.put("src", context.mediaBase() + attributes.get("src"));
                    } else if (node instanceof Link) {
                        attributes.put("rel", "noopener noreferrer");
                    }
                })
                .build();
        return resolveFacts(renderer.render(document), lang, context.facts());
    }

    private static void checkPlaceholders(Source src, String text, Context context) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher placeholder = PLACEHOLDER.matcher(lines[i]);
            while (placeholder.find()) {
                Matcher fact = FACT.matcher(placeholder.group(1));
                if (!fact.matches()) {
                    src.error(i + 1, "unknown placeholder '" + placeholder.group() + "' (only {{fact:key}})");
                } else if (!context.listedKeys().contains(fact.group(1))) {
                    src.error(i + 1, "fact '" + fact.group(1) + "' is not listed in facts: of module.yaml");
                }
            }
        }
    }

    private static String resolveFacts(String html, String lang, Map<String, Fact> facts) {
        Matcher placeholder = PLACEHOLDER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            Matcher key = FACT.matcher(placeholder.group(1));
            Fact fact = key.matches() ? facts.get(key.group(1)) : null;
            String replacement = fact == null
                    ? placeholder.group()
                    : "<span class=\"fact\" title=\"" + escape(fact.source() + ", " + fact.checked()) + "\">"
                            + escape(fact.text().in(lang)) + "</span>";
            placeholder.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty()
                ? 1
                : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /** Walks the parsed document and reports raw HTML, unsafe links and bad images at their lines. */
    private static final class Checks extends AbstractVisitor {
        private final Source src;
        private final Context context;
        // an inline tag pair is two HTML nodes: report each line once
        private final java.util.Set<Integer> htmlLines = new java.util.HashSet<>();

        Checks(Source src, Context context) {
            this.src = src;
            this.context = context;
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml(line(html));
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml(line(html));
        }

        private void rawHtml(int line) {
            if (htmlLines.add(line)) {
                src.error(line, "raw HTML is not allowed in Markdown");
            }
        }

        @Override
        public void visit(Link link) {
            if (!SAFE_LINK.matcher(link.getDestination()).matches()) {
                src.error(
                        line(link),
                        "link to '" + link.getDestination() + "' is not allowed (use http, https, mailto or tel)");
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            Images.check(src, line(image), context.folder(), image.getDestination());
            visitChildren(image);
        }
    }
}

package org.hifazat.curriculum.format;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hifazat.curriculum.model.Fact;
import org.hifazat.curriculum.model.Text;

/** Reads {@code content/facts/facts.yaml}. A fact with a problem is left out; the others are kept. */
final class FactsReader {

    private FactsReader() {}

    static Map<String, Fact> read(Path file, String display, List<Problem> problems, LocalDate today) {
        Source src = new Source(display, problems);
        Map<String, Fact> facts = new LinkedHashMap<>();
        Fields f = YamlFiles.document(src, file, "facts.yaml");
        if (f == null) {
            return facts;
        }
        UniqueIds keys = new UniqueIds(src, "fact");
        for (Fields item : f.objects("facts", true, "a fact")) {
            int before = problems.size();
            String key = item.id("key");
            keys.add(key, item.line());
            Text text = item.text("text");
            String value = item.string("value", false);
            String source = item.string("source", true);
            String url = item.string("url", false);
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                src.error(item.node("url"), "url must start with https:// or http://");
            }
            LocalDate checked = date(item, today);
            String status = item.string("status", true);
            if (status != null && !status.equals("verified") && !status.equals("unverified")) {
                src.error(item.node("status"), "status must be verified or unverified");
            }
            String note = item.string("note", false);
            item.finish();
            if (problems.size() == before && !facts.containsKey(key)) {
                facts.put(key, new Fact(key, text, value, source, url, checked, "verified".equals(status), note));
            }
        }
        f.finish();
        return facts;
    }

    private static LocalDate date(Fields item, LocalDate today) {
        String written = item.string("checked", true);
        if (written == null) {
            return null;
        }
        try {
            LocalDate checked = LocalDate.parse(written);
            if (checked.isAfter(today)) {
                item.source().error(item.node("checked"), "checked date " + written + " is in the future");
            }
            return checked;
        } catch (DateTimeParseException e) {
            item.source().error(item.node("checked"), "checked must be a date like 2026-11-24");
            return null;
        }
    }
}

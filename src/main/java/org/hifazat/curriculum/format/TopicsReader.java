package org.hifazat.curriculum.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hifazat.curriculum.model.Topic;

/** Reads {@code lessons/topics.yaml}: the topic ids modules and materials may use. */
final class TopicsReader {

    private TopicsReader() {}

    static List<Topic> read(Path file, String display, List<Problem> problems) {
        Source src = new Source(display, problems);
        List<Topic> topics = new ArrayList<>();
        Fields f = YamlFiles.document(src, file, "topics.yaml");
        if (f == null) {
            return topics;
        }
        UniqueIds ids = new UniqueIds(src, "topic");
        for (Fields item : f.objects("topics", true, "a topic")) {
            int before = problems.size();
            String id = item.id("id");
            ids.add(id, item.line());
            Topic topic = new Topic(id, item.text("title"));
            item.finish();
            if (problems.size() == before) {
                topics.add(topic);
            }
        }
        f.finish();
        return List.copyOf(topics);
    }
}

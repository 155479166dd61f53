package org.hifazat.curriculum.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hifazat.curriculum.model.Prose;
import org.hifazat.curriculum.model.Step;
import org.hifazat.curriculum.model.Text;

/** Reads one lesson step from module.yaml; prose comes from the step's Markdown files. */
final class StepReader {

    private final Folder folder;
    private final ProseFiles prose;

    StepReader(Folder folder, ProseFiles prose) {
        this.folder = folder;
        this.prose = prose;
    }

    /** The step, or null if its id is taken or if it has problems (they are reported). */
    Step read(Fields f, UniqueIds ids) {
        Source src = f.source();
        int before = src.problems().size();
        String id = f.id("id");
        boolean unique = ids.add(id, f.line());
        String type = f.string("type", true);
        Text title = f.text("title");
        Step step = null;
        if (type == null) {
            return null;
        }
        switch (type) {
            case "story" -> {
                String image = image(f);
                Prose body = id == null ? null : prose.load(id, f.line(), "step '" + id + "'");
                step = new Step.Story(id, title, image, body);
            }
            case "takeaway" -> {
                Text rule = f.text("rule");
                String image = image(f);
                Prose body = id == null ? null : prose.load(id, f.line(), "step '" + id + "'");
                step = new Step.Takeaway(id, title, rule, image, body);
            }
            case "chat" -> step = chat(f, id, title);
            case "redflags" -> step = new Step.RedFlags(id, title, Pieces.message(f));
            case "sort" -> step = new Step.Sort(id, title, Pieces.sort(f));
            case "order" -> step = new Step.Order(id, title, Pieces.sequence(f));
            default -> {
                src.error(
                        f.node("type"),
                        "unknown step type '" + type + "' (expected: story, chat, redflags, sort, order, takeaway)");
                return null;
            }
        }
        f.finish();
        return !unique || src.problems().size() > before ? null : step;
    }

    private String image(Fields f) {
        String path = f.string("image", false);
        return path == null ? null : Images.check(f.source(), Source.line(f.node("image")), folder.path(), path);
    }

    private Step chat(Fields f, String id, Text title) {
        Source src = f.source();
        Text contact = Texts.name(f, "contact");
        String start = f.id("start");
        List<Step.Node> nodes = new ArrayList<>();
        UniqueIds nodeIds = new UniqueIds(src, "node");
        List<Fields> nexts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Fields n : f.objects("nodes", true, "a chat node")) {
            String nodeId = n.id("id");
            lines.add(n.line());
            nodeIds.add(nodeId, n.line());
            Text text = n.text("text");
            List<Step.Reply> replies = new ArrayList<>();
            UniqueIds replyIds = new UniqueIds(src, "reply");
            for (Fields r : n.objects("replies", true, "a reply")) {
                String replyId = r.id("id");
                replyIds.add(replyId, r.line());
                Step.Reply reply = new Step.Reply(
                        replyId,
                        r.text("text"),
                        r.bool("safe", null) == Boolean.TRUE,
                        r.text("feedback"),
                        r.has("next") ? r.id("next") : null);
                r.finish();
                replies.add(reply);
                if (reply.next() != null) {
                    nexts.add(r);
                }
            }
            n.finish();
            nodes.add(new Step.Node(nodeId, text, replies));
        }
        for (Fields r : nexts) {
            String next = r.string("next", false);
            if (!nodeIds.contains(next)) {
                src.error(r.node("next"), "reply goes to a missing node '" + next + "'");
            }
        }
        if (start != null && !nodeIds.contains(start)) {
            src.error(f.node("start"), "start names a missing node '" + start + "'");
        } else if (start != null) {
            checkReachable(f, new Step.Chat(id, title, contact, start, nodes), lines);
        }
        return new Step.Chat(id, title, contact, start, nodes);
    }

    /** Every node must be reachable from the start, and some reachable reply must end the chat. */
    private static void checkReachable(Fields f, Step.Chat chat, List<Integer> lines) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(chat.start()));
        boolean ends = false;
        while (!queue.isEmpty()) {
            Step.Node node = chat.node(queue.poll());
            if (node == null || !seen.add(node.id())) {
                continue;
            }
            for (Step.Reply reply : node.replies()) {
                if (reply.next() == null) {
                    ends = true;
                } else {
                    queue.add(reply.next());
                }
            }
        }
        for (int i = 0; i < chat.nodes().size(); i++) {
            String nodeId = chat.nodes().get(i).id();
            if (nodeId != null && !seen.contains(nodeId)) {
                f.source().error(lines.get(i), "node '" + nodeId + "' cannot be reached from the start");
            }
        }
        if (!ends && !chat.nodes().isEmpty()) {
            f.source().error(f.line("nodes"), "the chat never ends: at least one reply needs no 'next'");
        }
    }
}

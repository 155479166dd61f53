package org.hifazat.curriculum.model;

import java.util.List;

/**
 * Teacher and school material from {@code content/materials/}: a teacher guide, worksheet, app safety card, parent
 * letter or workshop kit. {@code module} is the id of the module it belongs to, or null; empty {@code bands} means
 * every band.
 */
public record Material(
        String id,
        String version,
        Kind kind,
        String module,
        List<String> topics,
        List<Band> bands,
        Text title,
        Text summary,
        List<String> facts,
        Prose body) {

    public enum Kind {
        GUIDE("guide"),
        WORKSHEET("worksheet"),
        APP_CARD("app-card"),
        PARENT_LETTER("parent-letter"),
        WORKSHOP_KIT("workshop-kit");

        private final String name;

        Kind(String name) {
            this.name = name;
        }

        /** The kind as written in material.yaml. */
        public String written() {
            return name;
        }

        public static Kind ofWritten(String written) {
            for (Kind kind : values()) {
                if (kind.name.equals(written)) {
                    return kind;
                }
            }
            return null;
        }
    }
}

package org.hifazat.curriculum.model;

import java.util.List;

/** A fake SMS, chat, email or profile split into parts, shared by the red-flags step and question. */
public record FakeMessage(Format format, Text sender, List<Part> parts) {

    public enum Format {
        SMS,
        CHAT,
        EMAIL,
        PROFILE
    }
}

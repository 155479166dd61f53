package org.hifazat.curriculum.model;

import java.time.LocalDate;

/**
 * A Pakistan fact that changes over time (a law section, a helpline, a portal, a campaign date), kept as data with
 * its source and the date it was last checked. An unverified fact is never shown.
 *
 * @param value the bare value (a number, a section, a month), or null
 * @param url   the source's address, or null
 * @param note  what still needs checking, or null
 */
public record Fact(
        String key,
        Text text,
        String value,
        String source,
        String url,
        LocalDate checked,
        boolean verified,
        String note) {}

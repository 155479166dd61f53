package org.hifazat.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a user may be sent back to after signing in or switching language: a path on this site only. */
public final class LocalPaths {

    private LocalPaths() {}

    /** The path if it is a well-formed local path; "" otherwise (never another site, never a scheme). */
    public static String safe(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.length() > 500
                || next.chars().anyMatch(Character::isISOControl)) {
            return "";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getAuthority() == null ? next : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }
}

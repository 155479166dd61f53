package org.hifazat.identity;

import java.time.Instant;

/**
 * What the signed session cookie carries.
 *
 * @param kind adult or pupil
 * @param subjectId the adult account's or the pupil's id
 * @param role a role name (teacher, school-admin, ministry, admin, pupil)
 * @param displayName shown in the page header
 * @param issuedAt when the user signed in
 * @param lastSeen the last request that refreshed the cookie
 */
public record Session(Kind kind, long subjectId, String role, String displayName, Instant issuedAt, Instant lastSeen) {

    public enum Kind {
        ADULT,
        PUPIL
    }

    public Session {
        displayName = displayName.replaceAll("[\\r\\n]", " ");
    }

    public Session seenAt(Instant now) {
        return new Session(kind, subjectId, role, displayName, issuedAt, now);
    }

    public boolean isPupil() {
        return kind == Kind.PUPIL;
    }
}

package org.hifazat.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A session cookie that has been verified and asks to become a security identity. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final Session session;

    public SessionAuthenticationRequest(Session session) {
        this.session = session;
    }

    public Session session() {
        return session;
    }
}

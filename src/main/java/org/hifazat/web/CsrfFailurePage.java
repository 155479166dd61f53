package org.hifazat.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter rejects a form without a valid token by aborting with an empty 400. People see a friendly
 * 403 page instead ("the form expired, go back and try again"); nothing was written.
 */
public class CsrfFailurePage {

    @Inject
    ErrorResponses errors;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400
                && !response.hasEntity()
                && !"GET".equals(request.getMethod())
                && isForm(request.getMediaType())) {
            response.setStatus(403);
            response.getHeaders().putSingle("Content-Type", MediaType.TEXT_HTML + ";charset=UTF-8");
            response.setEntity(errors.html(403, 419));
        }
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}

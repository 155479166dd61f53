package org.hifazat.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.hifazat.web.ErrorResponses;

/**
 * The public check of a certificate: anyone with the code sees the holder's name, the units and the date, in
 * both languages and printable. An unknown code is a 404 that says so; an address that tries many unknown codes
 * is asked to wait.
 */
@Path("/verify")
@Produces(MediaType.TEXT_HTML)
public class VerifyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ask(String typed, boolean unknown);

        static native TemplateInstance certificate(CertificateView certificate);
    }

    @Inject
    LookupThrottle throttle;

    @Inject
    ErrorResponses errors;

    @Inject
    RoutingContext routing;

    /** The form to type a code; a typed code comes back here and is sent on to its own address. */
    @GET
    public Response ask(@QueryParam("code") String typed) {
        if (typed == null || typed.isBlank()) {
            return Response.ok(Templates.ask("", false)).build();
        }
        Optional<String> code = CertificateCodes.normalise(typed);
        if (code.isEmpty()) {
            return unknown(typed.strip());
        }
        return Response.seeOther(URI.create("/verify/" + CertificateCodes.grouped(code.get())))
                .build();
    }

    @GET
    @Path("{code}")
    @Transactional
    public Response verify(@PathParam("code") String typed) {
        if (throttle.blocked(address())) {
            return errors.page(429);
        }
        Optional<Certificate> found = CertificateCodes.normalise(typed).flatMap(Certificate::findByCode);
        if (found.isEmpty()) {
            return unknown(typed);
        }
        return Response.ok(Templates.certificate(CertificateView.of(found.get())))
                .build();
    }

    private Response unknown(String typed) {
        throttle.miss(address());
        String shown = typed.length() > 40 ? typed.substring(0, 40) : typed;
        return Response.status(404).entity(Templates.ask(shown, true)).build();
    }

    private String address() {
        return routing.request().remoteAddress() == null
                ? "unknown"
                : routing.request().remoteAddress().hostAddress();
    }
}

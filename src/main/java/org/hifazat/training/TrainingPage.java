package org.hifazat.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hifazat.audit.AuditLog;
import org.hifazat.identity.CurrentUser;

/** The adult's training page: the units of the track, how far they are, and their certificate once earned. */
@Path("/training")
@RolesAllowed({"teacher", "school-admin"})
@Produces(MediaType.TEXT_HTML)
public class TrainingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance training(
                List<TrainingService.UnitStatus> units, long mastered, CertificateView certificate);
    }

    @Inject
    TrainingPlayer player;

    @Inject
    TrainingService training;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @GET
    @Transactional
    public TemplateInstance training() {
        long me = player.learner().id();
        List<TrainingService.UnitStatus> units = training.statusOf(me);
        long mastered =
                units.stream().filter(TrainingService.UnitStatus::mastered).count();
        CertificateView certificate =
                training.certificateOf(me).map(CertificateView::of).orElse(null);
        return Templates.training(units, mastered, certificate);
    }

    /** The signed-in adult's own certificate as a PDF; there is no address for anyone else's. */
    @GET
    @Path("certificate.pdf")
    @Produces("application/pdf")
    @Transactional
    public Response pdf(@Context UriInfo uri) {
        long me = player.learner().id();
        Certificate certificate = training.certificateOf(me).orElseThrow(NotFoundException::new);
        String verifyUrl = uri.getBaseUri()
                .resolve("verify/" + CertificateCodes.grouped(certificate.code))
                .toString();
        byte[] pdf = CertificatePdf.render(CertificatePdf.of(certificate, verifyUrl));
        audit.record(user.auditName(), "certificate-exported", "certificate", certificate.id.toString(), "pdf");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"hifazat-certificate.pdf\"")
                .build();
    }
}

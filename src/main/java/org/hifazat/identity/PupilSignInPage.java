package org.hifazat.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A pupil signs in: class code, then their own name, then their pictures or words. No email, no password. */
@Path("/class")
@Produces(MediaType.TEXT_HTML)
public class PupilSignInPage {

    /** A picture or word the pupil can choose, with the message key of its name. */
    public record Choice(String id, String labelKey) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classCode(String code, String problem, boolean expired);

        static native TemplateInstance names(PupilSignInService.Roster roster);

        static native TemplateInstance secret(
                String code, PupilSignInService.PupilCard pupil, List<Choice> choices, String problem);
    }

    private static final List<Choice> PICTURES =
            Pictures.IDS.stream().map(id -> new Choice(id, "picture_" + id)).toList();
    private static final List<Choice> WORDS =
            SecretWords.IDS.stream().map(id -> new Choice(id, "word_" + id)).toList();

    @Inject
    PupilSignInService signIns;

    @Inject
    SignInThrottle throttle;

    @Inject
    SessionCookies cookies;

    @Inject
    RoutingContext routing;

    @GET
    public TemplateInstance classCode(@QueryParam("expired") String expired) {
        return Templates.classCode("", null, expired != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enterCode(@FormParam("code") String typed) {
        String code = ClassCodes.normalise(typed);
        if (throttle.addressBlocked(address())) {
            return Response.status(429)
                    .entity(Templates.classCode(code, "pupil_too_many", false))
                    .build();
        }
        if (!ClassCodes.wellFormed(code) || !signIns.classExists(code)) {
            throttle.unknownCode(address());
            String shown = code.length() > 12 ? "" : code;
            return Response.status(404)
                    .entity(Templates.classCode(shown, "pupil_unknown_code", false))
                    .build();
        }
        return Response.seeOther(URI.create("/class/" + code)).build();
    }

    @GET
    @Path("{code}")
    public Response names(@PathParam("code") String code) {
        String normalised = ClassCodes.normalise(code);
        Optional<PupilSignInService.Roster> roster =
                ClassCodes.wellFormed(normalised) ? signIns.roster(normalised) : Optional.empty();
        return roster.map(r -> Response.ok(Templates.names(r)).build()).orElseGet(this::unknownClass);
    }

    @GET
    @Path("{code}/{pupil}")
    public Response secretForm(@PathParam("code") String code, @PathParam("pupil") String pupilId) {
        return pupil(code, pupilId)
                .map(p -> Response.ok(form(code, p, null)).build())
                .orElseGet(this::unknownClass);
    }

    @POST
    @Path("{code}/{pupil}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(
            @PathParam("code") String code,
            @PathParam("pupil") String pupilId,
            @FormParam("choice") List<String> chosen) {
        Optional<PupilSignInService.PupilCard> found = pupil(code, pupilId);
        if (found.isEmpty()) {
            return unknownClass();
        }
        PupilSignInService.PupilCard pupil = found.get();
        code = ClassCodes.normalise(code);
        if (throttle.blocked(code, address())) {
            return Response.status(429)
                    .entity(form(code, pupil, "pupil_too_many"))
                    .build();
        }
        Set<String> picked = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        List<String> allowed = pupil.pictures() ? Pictures.IDS : SecretWords.IDS;
        if (picked.size() != 2 || !allowed.containsAll(picked)) {
            String problem = pupil.pictures() ? "pupil_choose_two_pictures" : "pupil_choose_two_words";
            return Response.status(400).entity(form(code, pupil, problem)).build();
        }
        List<String> pair = List.copyOf(picked);
        PupilSignInService.Outcome outcome =
                signIns.signIn(code, pupil.id(), Pictures.secretOf(pair.get(0), pair.get(1)));
        if (outcome instanceof PupilSignInService.Outcome.SignedIn in) {
            return Response.seeOther(URI.create("/pupil"))
                    .cookie(cookies.start(Session.Kind.PUPIL, in.pupilId(), Role.PUPIL, in.displayName()))
                    .build();
        }
        throttle.failedSecret(code, address());
        if (outcome instanceof PupilSignInService.Outcome.Locked) {
            return Response.status(423)
                    .entity(form(code, pupil, "pupil_locked"))
                    .build();
        }
        return Response.status(401)
                .entity(form(code, pupil, "pupil_wrong_secret"))
                .build();
    }

    private TemplateInstance form(String code, PupilSignInService.PupilCard pupil, String problem) {
        String shown = problem == null && pupil.locked() ? "pupil_locked" : problem;
        return Templates.secret(ClassCodes.normalise(code), pupil, pupil.pictures() ? PICTURES : WORDS, shown);
    }

    private Optional<PupilSignInService.PupilCard> pupil(String code, String pupilId) {
        String normalised = ClassCodes.normalise(code);
        if (pupilId == null || !pupilId.matches("\\d{1,18}") || !ClassCodes.wellFormed(normalised)) {
            return Optional.empty();
        }
        return signIns.pupil(normalised, Long.parseLong(pupilId));
    }

    private Response unknownClass() {
        throttle.unknownCode(address());
        return Response.status(404)
                .entity(Templates.classCode("", "pupil_unknown_code", false))
                .build();
    }

    private String address() {
        return routing.request().remoteAddress() == null
                ? "unknown"
                : routing.request().remoteAddress().hostAddress();
    }
}

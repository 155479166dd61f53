package org.hifazat.registry;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hifazat.identity.CurrentUser;

/** The admin's generator of synthetic schools for demos: seed, number of schools, classes and pupils. */
@Path("/admin/registry/generate")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class GeneratorPage {

    /** What the form holds, as typed. */
    public record Form(String seed, String schools, String classes, String pupils, boolean teachers) {
        static Form initial() {
            return new Form("1", "100", "0", "0", false);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance generate(
                Form form, String problem, SyntheticSchools.Result result, int maxSchools, int maxPupils);
    }

    @Inject
    SyntheticSchools synthetic;

    @Inject
    RegistryConfig config;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance form() {
        return page(Form.initial(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(
            @FormParam("seed") String seed,
            @FormParam("schools") String schools,
            @FormParam("classes") String classes,
            @FormParam("pupils") String pupils,
            @FormParam("teachers") String teachers) {
        Form form = new Form(seed, schools, classes, pupils, teachers != null);
        Long seedValue = number(seed, 0, 999_999_999);
        Long schoolCount = number(schools, 1, config.generatorMaxSchools());
        Long classCount = number(classes, 0, 12);
        Long pupilCount = number(pupils, 0, 60);
        String problem = null;
        if (seedValue == null || schoolCount == null || classCount == null || pupilCount == null) {
            problem = "generator_problem_numbers";
        } else if (schoolCount * classCount * pupilCount > config.generatorMaxPupils()) {
            problem = "generator_problem_too_many";
        }
        if (problem != null) {
            return Response.status(400).entity(page(form, problem, null)).build();
        }
        SyntheticSchools.Result result = synthetic.populate(
                new SyntheticSchools.Spec(
                        seedValue,
                        schoolCount.intValue(),
                        classCount.intValue(),
                        pupilCount.intValue(),
                        form.teachers(),
                        null),
                user.auditName());
        return Response.ok(page(form, null, result)).build();
    }

    private TemplateInstance page(Form form, String problem, SyntheticSchools.Result result) {
        return Templates.generate(form, problem, result, config.generatorMaxSchools(), config.generatorMaxPupils());
    }

    /** The number typed, if it is a whole number in range. */
    private static Long number(String text, long min, long max) {
        try {
            long value = Long.parseLong(text == null ? "" : text.strip());
            return value >= min && value <= max ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.hifazat.curriculum;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hifazat.curriculum.format.Catalogue;
import org.hifazat.curriculum.model.Module;
import org.hifazat.web.ErrorResponses;

/** The public catalogue as JSON. It never contains correct answers or feedback: see {@link ModuleViews}. */
@Path("/api/v1/modules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "The curriculum catalogue: pupil modules and teacher units")
public class ModuleResource {

    @Inject
    CurriculumService curriculum;

    @Inject
    ErrorResponses errors;

    @GET
    @Operation(summary = "List the modules being served", description = "Filters are optional and combine.")
    @APIResponse(responseCode = "200", description = "The modules, pupil modules first, by topic and band")
    public List<ModuleViews.Summary> list(
            @Parameter(description = "pupil or teacher") @QueryParam("audience") String audience,
            @Parameter(description = "a topic id from lessons/topics.yaml") @QueryParam("topic") String topic,
            @Parameter(description = "age band A, B, C or D") @QueryParam("band") String band) {
        return CatalogueOrder.sorted(curriculum.catalogue()).stream()
                .map(ModuleViews.Summary::of)
                .filter(s -> audience == null || s.audience().equals(audience))
                .filter(s -> topic == null || s.topic().equals(topic))
                .filter(s -> band == null || Objects.equals(s.band(), band))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One module's outline", description = "Steps and questions without answers or feedback.")
    @APIResponse(
            responseCode = "200",
            description = "The module",
            content = @Content(schema = @Schema(implementation = ModuleViews.Detail.class)))
    @APIResponse(
            responseCode = "404",
            description = "No module with that id is being served",
            content = @Content(schema = @Schema(implementation = ModuleViews.ErrorBody.class)))
    public Response detail(@PathParam("id") String id) {
        Catalogue catalogue = curriculum.catalogue();
        Module module = catalogue.module(id).orElse(null);
        if (module == null) {
            return errors.json(404, List.of("no module with this id is being served"));
        }
        return Response.ok(ModuleViews.Detail.of(
                        module,
                        module.facts().stream()
                                .map(catalogue.facts()::get)
                                .filter(Objects::nonNull)
                                .toList()))
                .build();
    }
}

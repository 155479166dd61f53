package org.hifazat.registry;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.hifazat.identity.CurrentUser;
import org.hifazat.registry.ImportPreviews.Preview;
import org.hifazat.registry.RegistryImportService.Confirmation;
import org.hifazat.registry.RegistryImportService.Staging;
import org.hifazat.web.Language;
import org.hifazat.web.Ui;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The system admin's registry import: upload a CSV file, read the preview, confirm or discard it. */
@Path(RegistryUploads.PAGE_PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class RegistryImportPage {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");
    private static final List<Column.Help> COLUMNS =
            Arrays.stream(Column.values()).map(Column::help).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                List<RegistryImport> latest, List<Column.Help> columns, long maxMegabytes, String notice);

        static native TemplateInstance refused(
                String fileName, List<String> problems, long more, long maxMegabytes, boolean conflict);

        static native TemplateInstance preview(Preview preview, boolean urdu);
    }

    @Inject
    RegistryImportService imports;

    @Inject
    ImportPreviews previews;

    @Inject
    RegistryConfig config;

    @Inject
    CurrentUser user;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance form() {
        return Templates.form(previews.latest(10), COLUMNS, maxMegabytes(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Response.status(400)
                    .entity(Templates.form(previews.latest(10), COLUMNS, maxMegabytes(), "registry_choose_file"))
                    .build();
        }
        Staging staging;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            staging = imports.stage(in, file.fileName(), user.auditName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (staging instanceof Staging.Refused refused) {
            return refusedPage(422, file.fileName(), refused.problems(), refused.count(), false);
        }
        return Response.seeOther(URI.create(RegistryUploads.PAGE_PATH + "/" + ((Staging.Staged) staging).token()))
                .build();
    }

    @GET
    @Path("{token}")
    public TemplateInstance preview(@PathParam("token") String token) {
        Preview preview = previews.find(checked(token)).orElseThrow(NotFoundException::new);
        return Templates.preview(preview, ui.language() == Language.UR);
    }

    @POST
    @Path("{token}/confirm")
    public Response confirm(@PathParam("token") String token) {
        Confirmation confirmation = imports.confirm(checked(token), user.auditName());
        if (confirmation instanceof Confirmation.Conflict conflict) {
            String fileName =
                    previews.find(token).map(p -> p.registryImport().fileName).orElse("");
            return refusedPage(409, fileName, conflict.problems(), conflict.count(), true);
        }
        return Response.seeOther(URI.create(RegistryUploads.PAGE_PATH + "/" + token))
                .build();
    }

    @POST
    @Path("{token}/discard")
    public Response discard(@PathParam("token") String token) {
        imports.discard(checked(token), user.auditName());
        return Response.seeOther(URI.create(RegistryUploads.PAGE_PATH + "/" + token))
                .build();
    }

    private Response refusedPage(int status, String fileName, List<Problem> problems, long count, boolean conflict) {
        Language language = ui.language();
        List<String> texts = problems.stream().map(p -> p.text(language)).toList();
        return Response.status(status)
                .entity(Templates.refused(fileName, texts, count - problems.size(), maxMegabytes(), conflict))
                .build();
    }

    private long maxMegabytes() {
        return config.maxUploadSize().asLongValue() / (1024 * 1024);
    }

    private static String checked(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException();
        }
        return token;
    }
}

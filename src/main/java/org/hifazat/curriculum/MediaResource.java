package org.hifazat.curriculum;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import org.hifazat.curriculum.model.Material;
import org.hifazat.curriculum.model.Module;

/**
 * Images of the modules and materials being served, at the addresses their rendered Markdown uses. Only image
 * types, only inside the folder of a loaded module or material.
 */
@Path("/media")
public class MediaResource {

    private static final Map<String, String> TYPES = Map.of(
            "svg",
            "image/svg+xml",
            "png",
            "image/png",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg",
            "webp",
            "image/webp");
    private static final long LIMIT = 256 * 1024;

    @Inject
    CurriculumService curriculum;

    @GET
    @Path("modules/{id}/{path: .+}")
    public Response moduleImage(@PathParam("id") String id, @PathParam("path") String path) {
        Module module = curriculum.module(id).orElseThrow(NotFoundException::new);
        return image(curriculum.folderOf(module), path);
    }

    @GET
    @Path("materials/{id}/{path: .+}")
    public Response materialImage(@PathParam("id") String id, @PathParam("path") String path) {
        Material material = curriculum.catalogue().material(id).orElseThrow(NotFoundException::new);
        return image(curriculum.materialFolder(material.id()), path);
    }

    private static Response image(java.nio.file.Path folder, String path) {
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null || path.contains("..") || path.contains("\\") || path.startsWith("/")) {
            throw new NotFoundException();
        }
        try {
            java.nio.file.Path file = folder.resolve(path).normalize();
            if (!Files.isRegularFile(file)
                    || !file.toRealPath().startsWith(folder.toRealPath())
                    || Files.size(file) > LIMIT) {
                throw new NotFoundException();
            }
            return Response.ok(Files.readAllBytes(file), type)
                    .header("Cache-Control", "public, max-age=3600")
                    .build();
        } catch (IOException e) {
            throw new NotFoundException();
        }
    }
}

package org.lms.web.api.content;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;
import static org.lms.web.api.ApiDoc.NOT_FOUND;
import static org.lms.web.api.ApiDoc.NOT_FOUND_TEXT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.content.CourseAdministration;
import org.lms.service.content.LessonFiles;
import org.lms.web.files.ApiFileResponse;

/**
 * The file of a lesson of kind FILE, for the people who manage the course: upload (the raw bytes
 * as the body, up to {@value LessonFiles#MAX_BYTES} bytes) and download with range requests.
 */
@Path("v1/courses/{id}/lessons/{lessonId}/file")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class LessonFileResource {

    @Inject
    private CourseAdministration courses;

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadLessonFile", summary = "Store the lesson's file, replacing the one it had",
            description = "The body is the file itself. Its type is told from its content (PDF, MP4 or WebM video, MP3 audio,"
                    + " PNG or JPEG image), not from its name or Content-Type; anything else, an empty file or one over the"
                    + " limit is refused with 400 and nothing is stored.")
    @APIResponseSchema(value = LessonFileView.class, responseCode = "200", responseDescription = "The stored file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public LessonFileView upload(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            @Parameter(description = "The name people see and download it under") @QueryParam("name") String name,
            @RequestBody(description = "The file", required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body) {
        return LessonFileView.of(courses.attachFile(id, lessonId, name, body));
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadLessonFile", summary = "The lesson's file",
            description = "Answers 206 with Content-Range for a Range request, 416 for a range beyond the end.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "206", description = "The part of the file the Range header asked for")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response download(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return ApiFileResponse.of(courses.lessonFile(id, lessonId), range, ifNoneMatch, true,
                sink -> courses.sendLessonFile(id, lessonId, sink));
    }
}

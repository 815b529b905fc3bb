package org.lms.web.api.learning;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.CONFLICT;
import static org.lms.web.api.ApiDoc.CONFLICT_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.NOT_FOUND;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.learning.MyAssignments;
import org.lms.service.learning.SubmissionFiles;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Parameters;

/**
 * The caller's work for an assignment of one of their courses: the list with grades and feedback,
 * handing in text (JSON) or a file (the raw bytes as the body, as lesson files are uploaded), and
 * replacing the submission that waits for its grade the same two ways. Text and a file together
 * are handed in on the course player's page. A course not assigned to the caller, or not
 * published, answers 404.
 */
@Path("v1/me/courses/{courseId}/lessons/{lessonId}/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My learning")
public class MySubmissionsResource {

    private static final String NOT_MINE = "No such course among the caller's published courses, no such assignment in it,"
            + " or no such submission of the caller";
    private static final String REFUSED = "Refused with a reason: a submission waits for its grade (replace it), the"
            + " assignment is passed, or the submission was graded or replaced already";
    private static final String FILE_TEXT = "The body is the file itself, up to " + SubmissionFiles.MAX_BYTES + " bytes. Its type"
            + " is told from its content (PDF, MP4 or WebM video, MP3 audio, PNG or JPEG image); anything else, an empty file"
            + " or one over the limit is refused with 400 and nothing is stored.";

    @Inject
    private MyAssignments assignments;

    @Context
    private UriInfo uri;

    /** POST .../submissions and PUT .../submissions/{id}. */
    @Schema(name = "SubmissionText")
    public record TextInput(@Schema(required = true, description = "Plain text, up to 20,000 characters") String text,
            @Schema(description = "The version of the submission replaced; required with PUT") Long version) {

        static TextInput from(JsonBody body, boolean versioned) {
            body.accept(versioned ? List.of("text", "version") : List.of("text"));
            TextInput input = new TextInput(body.text("text"), versioned ? body.requiredNumber("version") : null);
            body.validate();
            return input;
        }
    }

    @GET
    @Operation(operationId = "getMyAssignment", summary = "An assignment with the caller's submissions, scores and feedback")
    @APIResponseSchema(value = SubmissionView.Assignment.class, responseCode = "200", responseDescription = "The assignment")
    @APIResponse(responseCode = FORBIDDEN, description = "The caller may not take courses")
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public SubmissionView.Assignment list(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
        return SubmissionView.Assignment.of(assignments.assignment(courseId, lessonId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitMyText", summary = "Hand in text for an assignment",
            description = "Refused while another submission waits for its grade (replace that one) and once the assignment is passed.")
    @APIResponseSchema(value = SubmissionView.class, responseCode = "201", responseDescription = "The submission")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    @RequestBodySchema(TextInput.class)
    public Response submitText(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId, JsonBody body) {
        TextInput input = TextInput.from(JsonBody.present(body), false);
        SubmissionView made = SubmissionView.of(assignments.submit(courseId, lessonId, input.text(), null, null));
        return Created.at(uri, made.id(), made);
    }

    @POST
    @Path("file")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitMyFile", summary = "Hand in a file for an assignment", description = FILE_TEXT)
    @APIResponseSchema(value = SubmissionView.class, responseCode = "201", responseDescription = "The submission")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public Response submitFile(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @Parameter(description = "The file's name") @QueryParam("name") String name,
            @RequestBody(description = "The file", required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body) {
        SubmissionView made = SubmissionView.of(assignments.submit(courseId, lessonId, null, name, body));
        return Response.created(uri.getBaseUriBuilder().path(MySubmissionsResource.class).path(Long.toString(made.id()))
                .build(courseId, lessonId)).entity(made).build();
    }

    @PUT
    @Path("{submissionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMyText", summary = "Replace the submission waiting for its grade with text",
            description = "The replaced submission stays, marked REPLACED, and can no longer be graded.")
    @APIResponseSchema(value = SubmissionView.class, responseCode = "200", responseDescription = "The new submission")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(TextInput.class)
    public SubmissionView replaceText(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @PathParam("submissionId") long submissionId, JsonBody body) {
        TextInput input = TextInput.from(JsonBody.present(body), true);
        return SubmissionView.of(assignments.replace(courseId, lessonId, submissionId, input.version(), input.text(), null, null));
    }

    @PUT
    @Path("{submissionId}/file")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "replaceMyFile", summary = "Replace the submission waiting for its grade with a file",
            description = FILE_TEXT + " The replaced submission stays, marked REPLACED.")
    @APIResponseSchema(value = SubmissionView.class, responseCode = "200", responseDescription = "The new submission")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    public SubmissionView replaceFile(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @PathParam("submissionId") long submissionId,
            @Parameter(description = "The file's name") @QueryParam("name") String name,
            @Parameter(description = "The version of the submission replaced", required = true) @QueryParam("version") String version,
            @RequestBody(description = "The file", required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body) {
        Parameters parameters = new Parameters();
        long seen = parameters.requiredNumber("version", version);
        parameters.validate();
        return SubmissionView.of(assignments.replace(courseId, lessonId, submissionId, seen, null, name, body));
    }
}

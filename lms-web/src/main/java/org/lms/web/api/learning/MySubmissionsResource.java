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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
import org.lms.web.api.ApiDoc;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Parameters;
import org.lms.web.api.support.RequestSizeLimit;
import org.lms.web.files.ApiFileResponse;

/**
 * The caller's work for an assignment of one of their courses: the list with grades and feedback,
 * handing in text (JSON), text and/or a file in one request ({@code multipart/form-data}, as the
 * course player's form sends it) or a file alone (the raw bytes as the body, as lesson files are
 * uploaded), replacing the submission that waits for its grade the same ways, and downloading a
 * file the caller handed in. A course not assigned to the caller, or not published, answers 404;
 * so does anyone else's submission.
 *
 * <p>JSON and a form reach one method per address: the OpenAPI document has one operation per
 * address and method, and it describes both bodies there ({@link ApiDoc#FORM}).
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
    private static final String FILE_RULES = "A file may have up to " + SubmissionFiles.MAX_BYTES + " bytes. Its type is told"
            + " from its content (PDF, MP4 or WebM video, MP3 audio, PNG or JPEG image); anything else, an empty file or one"
            + " over the limit is refused with 400 and nothing is stored.";
    private static final String FILE_TEXT = "The body is the file itself. " + FILE_RULES;
    private static final String WORK_TEXT = "Text as JSON, or as multipart/form-data the parts text and file (the file part's"
            + " filename is the name it is stored under), either or both, handed in as one submission. " + FILE_RULES
            + " Neither text nor a file is refused on text. A form over " + RequestSizeLimit.SUBMISSION_FORM_MAX_BYTES
            + " bytes in all is cut off as it arrives (request_too_large).";
    /** The schemas of the two forms, named for {@link ApiDoc#FORM}. */
    private static final String FORM_SCHEMA = "SubmissionForm";
    private static final String REPLACEMENT_FORM_SCHEMA = "SubmissionReplacementForm";
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final Type PARTS = new GenericType<List<EntityPart>>() { }.getType();

    @Inject
    private MyAssignments assignments;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Context
    private Providers providers;

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

    /** POST .../submissions as multipart/form-data; described here (see {@link ApiDoc#FORM}), read by {@link HandedInWork}. */
    @Schema(name = FORM_SCHEMA)
    public record FormInput(@Schema(description = "Plain text, up to 20,000 characters") String text,
            @Schema(type = SchemaType.STRING, format = "binary", description = "The file; its filename is the name it is stored"
                    + " under") String file) {
    }

    /** PUT .../submissions/{id} as multipart/form-data. */
    @Schema(name = REPLACEMENT_FORM_SCHEMA)
    public record ReplacementFormInput(@Schema(description = "Plain text, up to 20,000 characters") String text,
            @Schema(type = SchemaType.STRING, format = "binary", description = "The file; its filename is the name it is stored"
                    + " under") String file,
            @Schema(required = true, description = "The version of the submission replaced") Long version) {
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
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(operationId = "submitMyText", summary = "Hand in text, a file, or both for an assignment",
            description = WORK_TEXT + " Refused while another submission waits for its grade (replace that one) and once the"
                    + " assignment is passed.")
    @APIResponseSchema(value = SubmissionView.class, responseCode = "201", responseDescription = "The submission")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    @RequestBodySchema(TextInput.class)
    @Extension(name = ApiDoc.FORM, value = FORM_SCHEMA)
    public Response submit(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId, InputStream body) {
        HandedInWork work = work(body, false);
        try (InputStream file = work.file()) {
            SubmissionView made = SubmissionView.of(assignments.submit(courseId, lessonId, work.text(), work.fileName(), file));
            return Created.at(uri, made.id(), made);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    @Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
    @Operation(operationId = "replaceMyText", summary = "Replace the submission waiting for its grade with text, a file, or both",
            description = WORK_TEXT + " The version of the submission replaced is required (a JSON field, or the form's part"
                    + " version). The replaced submission stays, marked REPLACED, and can no longer be graded.")
    @APIResponseSchema(value = SubmissionView.class, responseCode = "200", responseDescription = "The new submission")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(TextInput.class)
    @Extension(name = ApiDoc.FORM, value = REPLACEMENT_FORM_SCHEMA)
    public SubmissionView replace(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @PathParam("submissionId") long submissionId, InputStream body) {
        HandedInWork work = work(body, true);
        try (InputStream file = work.file()) {
            return SubmissionView.of(assignments.replace(courseId, lessonId, submissionId, work.version(), work.text(),
                    work.fileName(), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @GET
    @Path("{submissionId}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadMyFile", summary = "The file the caller handed in with a submission",
            description = "Always as an attachment. Answers 206 with Content-Range for a Range request, 416 for a range beyond the end.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "206", description = "The part of the file the Range header asked for")
    @APIResponse(responseCode = FORBIDDEN, description = "The caller may not take courses")
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE + "; also when the submission has no file")
    public Response download(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @PathParam("submissionId") long submissionId, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return ApiFileResponse.of(range, ifNoneMatch, true, sink -> assignments.sendFile(courseId, lessonId, submissionId, sink));
    }

    /** The work in the body: a form's parts, or else JSON (an unknown media type never gets here). */
    private HandedInWork work(InputStream body, boolean versioned) {
        MediaType type = headers.getMediaType();
        try {
            if (type != null && "multipart".equalsIgnoreCase(type.getType()) && "form-data".equalsIgnoreCase(type.getSubtype())) {
                BufferedInputStream form = new BufferedInputStream(body);
                List<EntityPart> parts = HandedInWork.isEmpty(form, type) ? List.of() : read(List.class, PARTS, type, form);
                return HandedInWork.fromForm(parts, versioned);
            }
            return HandedInWork.fromJson(read(JsonBody.class, JsonBody.class, MediaType.APPLICATION_JSON_TYPE, body), versioned);
        } catch (IOException e) {
            throw new UncheckedIOException("the body cannot be read", e);
        }
    }

    /** Reads the body as the runtime would read a parameter of that type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T read(Class<?> type, Type generic, MediaType mediaType, InputStream body) throws IOException {
        MessageBodyReader reader = providers.getMessageBodyReader(type, generic, NO_ANNOTATIONS, mediaType);
        if (reader == null) {
            throw new NotSupportedException();
        }
        return (T) reader.readFrom(type, generic, NO_ANNOTATIONS, mediaType, headers.getRequestHeaders(), body);
    }
}

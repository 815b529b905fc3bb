package org.lms.web.api.learning;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.learning.SubmissionStatus;
import org.lms.service.learning.SubmissionDetail;
import org.lms.service.learning.SubmissionFilter;
import org.lms.service.learning.SubmissionGrading;
import org.lms.service.learning.SubmissionSort;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.TargetType;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;
import org.lms.web.files.ApiFileResponse;

/**
 * The grading queue: what learners handed in for the assignments of the courses the caller may
 * change (content managers: their scope; Instructors: the courses they created), the learner's
 * work and file, and the grade. A submission outside the caller's scope answers 404; one of a
 * course the caller may not change, 403 with the reason.
 */
@Path("v1/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grading")
public class SubmissionsResource {

    private static final Map<String, SubmissionSort> SORTS = Map.of("submittedAt", SubmissionSort.SUBMITTED_AT,
            "course", SubmissionSort.COURSE, "learner", SubmissionSort.LEARNER);

    @Inject
    private SubmissionGrading grading;

    /** PUT /submissions/{id}/grade. */
    @Schema(name = "Grade")
    public record GradeInput(@Schema(required = true, description = "0 to 100; at the pass mark or above the assignment is passed")
            Integer score, @Schema(description = "Plain text for the learner, up to 5,000 characters") String feedback) {

        static GradeInput from(JsonBody body) {
            body.accept(List.of("score", "feedback"));
            Long score = body.number("score");
            GradeInput input = new GradeInput(score == null ? null : score < -1 || score > 1000 ? -1 : score.intValue(),
                    body.text("feedback"));
            body.validate();
            return input;
        }
    }

    @GET
    @Operation(operationId = "listSubmissionsToGrade", summary = "List the submissions the caller may grade",
            description = "Filtered, sorted and paged in the database; waiting for a grade and oldest first unless told otherwise.")
    @APIResponseSchema(value = GradingView.Page.class, responseCode = "200", responseDescription = "A page of submissions")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public GradingView.Page list(@Parameter(description = "SUBMITTED (default: waiting for a grade), GRADED or REPLACED")
            @QueryParam("status") String status,
            @Parameter(description = "Only this course's submissions") @QueryParam("courseId") String courseId,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "submittedAt, course or learner; a leading - sorts descending (default submittedAt)")
            @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        SubmissionStatus chosen = parameters.choice("status", status, SubmissionStatus.class);
        Long course = parameters.number("courseId", courseId);
        Parameters.Sort<SubmissionSort> order = parameters.sort(sort, SORTS, SubmissionSort.SUBMITTED_AT);
        parameters.validate();
        SubmissionFilter filter = new SubmissionFilter(chosen, course, order.field(), order.descending());
        return new GradingView.Page(grading.queue(filter, paging.first(), paging.size()).stream().map(GradingView::of).toList(),
                grading.count(filter));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubmission", summary = "A submission with the learner's text, the file's description and the grade")
    @APIResponseSchema(value = GradingView.Detail.class, responseCode = "200", responseDescription = "The submission")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public GradingView.Detail get(@PathParam("id") long id) {
        return GradingView.Detail.of(grading.submission(id));
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadSubmissionFile", summary = "The file the learner handed in",
            description = "Always as an attachment. Answers 206 with Content-Range for a Range request, 416 for a range beyond the end.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "206", description = "The part of the file the Range header asked for")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT + "; also when the submission has no file")
    public Response download(@PathParam("id") long id, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        SubmissionDetail detail = grading.submission(id);
        if (detail.file() == null) {
            throw new NotFound(TargetType.SUBMISSION, id);
        }
        return ApiFileResponse.of(detail.file(), range, ifNoneMatch, true, sink -> grading.sendFile(id, sink));
    }

    @PUT
    @Path("{id}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "gradeSubmission", summary = "Grade a submission waiting for its grade",
            description = "A grade is given once. At the pass mark or above it completes the assignment lesson (and with all"
                    + " lessons done passes the course); below it the learner may hand in again. A submission graded already,"
                    + " or replaced by its learner, is refused (403).")
    @APIResponseSchema(value = GradingView.Detail.class, responseCode = "200", responseDescription = "The graded submission")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @RequestBodySchema(GradeInput.class)
    public GradingView.Detail grade(@PathParam("id") long id, JsonBody body) {
        GradeInput input = GradeInput.from(JsonBody.present(body));
        return GradingView.Detail.of(grading.grade(id, input.score(), input.feedback()));
    }
}

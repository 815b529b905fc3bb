package org.lms.web.api.learning;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;
import static org.lms.web.api.ApiDoc.NOT_FOUND;
import static org.lms.web.api.ApiDoc.NOT_FOUND_TEXT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.learning.EnrollmentAdministration;
import org.lms.service.learning.EnrollmentFilter;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/** The learners of a course who lie in the caller's scope. */
@Path("v1/courses/{id}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class EnrollmentsResource {

    /** The sort names the API documents, mapped to the list's sort keys. */
    private static final Map<String, EnrollmentFilter.Sort> SORTS = sorts();

    @Inject
    private EnrollmentAdministration enrollments;

    @GET
    @Operation(operationId = "listCourseEnrollments", summary = "The learners of a course and where they stand",
            description = "Filtered, sorted and paged in the database.")
    @APIResponseSchema(value = EnrollmentView.Page.class, responseCode = "200", responseDescription = "A page of learners")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public EnrollmentView.Page list(@PathParam("id") long id,
            @Parameter(description = "Text in the name or email") @QueryParam("q") String text,
            @Parameter(description = "NOT_STARTED, IN_PROGRESS, COMPLETED, PASSED, FAILED or OVERDUE (unfinished after the due date)")
            @QueryParam("status") String status,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "name, status, progress, dueOn or assignedAt; a leading - sorts descending (default name)")
            @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        LearnerStatus chosenStatus = parameters.choice("status", status, LearnerStatus.class);
        Parameters.Sort<EnrollmentFilter.Sort> order = parameters.sort(sort, SORTS, EnrollmentFilter.Sort.NAME);
        parameters.validate();
        EnrollmentFilter filter = new EnrollmentFilter(text, chosenStatus, order.field(), !order.descending());
        return new EnrollmentView.Page(enrollments.enrollments(id, filter, paging.first(), paging.size()).stream()
                .map(EnrollmentView::of).toList(), enrollments.countEnrollments(id, filter));
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "unassignCourse", summary = "Take a course away from a person who has it directly",
            description = "Their progress in it goes too. Someone who has it through a group or organization is refused"
            + " (403 refused) with the rule named; someone without it changes nothing.")
    @APIResponse(responseCode = "204", description = "The person has the course no more")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response unassign(@PathParam("id") long id, @PathParam("userId") long userId) {
        enrollments.unassign(id, userId);
        return Response.noContent().build();
    }

    private static Map<String, EnrollmentFilter.Sort> sorts() {
        Map<String, EnrollmentFilter.Sort> sorts = new LinkedHashMap<>();
        sorts.put("name", EnrollmentFilter.Sort.NAME);
        sorts.put("status", EnrollmentFilter.Sort.STATUS);
        sorts.put("progress", EnrollmentFilter.Sort.PROGRESS);
        sorts.put("dueOn", EnrollmentFilter.Sort.DUE);
        sorts.put("assignedAt", EnrollmentFilter.Sort.ASSIGNED);
        return Collections.unmodifiableMap(sorts);
    }
}

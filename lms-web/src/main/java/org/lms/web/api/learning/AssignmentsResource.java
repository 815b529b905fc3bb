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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.learning.AssignmentTarget;
import org.lms.service.learning.AssignmentOutcome;
import org.lms.service.learning.EnrollmentAdministration;
import org.lms.service.permissions.InvalidInput;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;

/** The assignment rules of a course: to people, groups and organization subtrees of the caller's scope. */
@Path("v1/courses/{id}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class AssignmentsResource {

    @Inject
    private EnrollmentAdministration enrollments;

    @Context
    private UriInfo uri;

    /** POST /courses/{id}/assignments. */
    @Schema(name = "NewAssignment")
    public record NewAssignment(@Schema(required = true, enumeration = {"USER", "GROUP", "ORGANIZATION"}) String targetType,
            @Schema(required = true) long targetId, @Schema(required = true) boolean mandatory,
            @Schema(type = SchemaType.STRING, format = "date", description = "Year-month-day, not in the past; null for none")
            LocalDate dueOn) {

        static NewAssignment from(JsonBody body) {
            body.accept(List.of("targetType", "targetId", "mandatory", "dueOn"),
                    List.of("id", "targetLabel", "assignedByName", "assignedAt", "enrollments", "enrolled"));
            AssignmentTarget type = body.choice("targetType", AssignmentTarget.class);
            if (!body.has("targetType") || body.isNull("targetType")) {
                body.problem("targetType", ApiText.FIELD_REQUIRED);
            }
            long targetId = body.requiredNumber("targetId");
            boolean mandatory = body.requiredFlag("mandatory");
            String due = body.text("dueOn");
            body.validate();
            return new NewAssignment(type.name(), targetId, mandatory, date(due));
        }

        private static LocalDate date(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException notADate) {
                // The services' reason: the HTTP layer's texts have none for a calendar date.
                throw InvalidInput.field("dueOn", "input.dateInvalid");
            }
        }
    }

    @GET
    @Operation(operationId = "listCourseAssignments", summary = "The assignment rules of a course",
            description = "Rules whose targets lie in the caller's scope, newest first.")
    @APIResponseSchema(value = AssignmentView.Page.class, responseCode = "200", responseDescription = "The rules")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public AssignmentView.Page list(@PathParam("id") long id) {
        List<AssignmentView> rules = enrollments.assignments(id).stream().map(AssignmentView::of).toList();
        return new AssignmentView.Page(rules, rules.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignCourse", summary = "Assign a course to a person, a group or an organization subtree",
            description = "A group or organization assignment is a rule: people who join later get the course too."
            + " Assigning the same target again answers its existing rule.")
    @APIResponseSchema(value = AssignmentView.Outcome.class, responseCode = "201", responseDescription = "The rule and how many people it enrolled now")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = "The course or the target does not exist or lies outside the caller's scope")
    @RequestBodySchema(NewAssignment.class)
    public Response assign(@PathParam("id") long id, JsonBody body) {
        NewAssignment request = NewAssignment.from(JsonBody.present(body));
        AssignmentOutcome outcome = switch (AssignmentTarget.valueOf(request.targetType())) {
            case USER -> enrollments.assign(id, request.targetId(), request.mandatory(), request.dueOn());
            case GROUP -> enrollments.assignToGroup(id, request.targetId(), request.mandatory(), request.dueOn());
            case ORGANIZATION -> enrollments.assignToOrganization(id, request.targetId(), request.mandatory(), request.dueOn());
        };
        return Created.at(uri, outcome.assignmentId(), new AssignmentView.Outcome(outcome.assignmentId(), outcome.enrolled()));
    }

    @DELETE
    @Path("{assignmentId}")
    @Operation(operationId = "removeCourseAssignment", summary = "Remove an assignment rule",
            description = "Enrollments it made that were never started go; those with progress stay as the learners' records.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response remove(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
        enrollments.removeAssignment(id, assignmentId);
        return Response.noContent().build();
    }
}

package org.lms.web.api.content;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.CONFLICT;
import static org.lms.web.api.ApiDoc.CONFLICT_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;
import static org.lms.web.api.ApiDoc.NOT_FOUND;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.content.AssignmentAdministration;
import org.lms.service.content.AssignmentEditor;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.JsonBody;

/**
 * The rules of a lesson of kind ASSIGNMENT, for its editors: the pass mark a grade must reach. The
 * instructions are the lesson's body. A lesson that is not an assignment answers 404.
 */
@Path("v1/courses/{id}/lessons/{lessonId}/assignment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class AssignmentResource {

    private static final String NOT_AN_ASSIGNMENT = "No such course in the caller's scope, or no such assignment lesson in it";

    @Inject
    private AssignmentAdministration assignments;

    /** An assignment's rules, as read and as sent back changed. */
    @Schema(name = "AssignmentRules")
    public record AssignmentView(long courseId, long lessonId, String title,
            @Schema(required = true, description = "0 to 100 (default 50)") int passMark,
            @Schema(required = true, description = "Send back the version read (0 before the pass mark was first set)") long version,
            @Schema(description = "Whether the caller may change it") boolean editable) {

        static AssignmentView of(AssignmentEditor editor) {
            return new AssignmentView(editor.courseId(), editor.lessonId(), editor.title(), editor.passMark(), editor.version(),
                    editor.mayChange());
        }
    }

    @GET
    @Operation(operationId = "getAssignment", summary = "An assignment lesson's pass mark")
    @APIResponseSchema(value = AssignmentView.class, responseCode = "200", responseDescription = "The assignment's rules")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_AN_ASSIGNMENT)
    public AssignmentView get(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return AssignmentView.of(assignments.assignment(id, lessonId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAssignmentPassMark", summary = "Set an assignment's pass mark",
            description = "Submissions graded already keep whether they passed; the mark applies to the next grade.")
    @APIResponseSchema(value = AssignmentView.class, responseCode = "200", responseDescription = "The rules after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_AN_ASSIGNMENT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(AssignmentView.class)
    public AssignmentView configure(@PathParam("id") long id, @PathParam("lessonId") long lessonId, JsonBody body) {
        JsonBody present = JsonBody.present(body);
        present.accept(List.of("passMark", "version"), List.of("courseId", "lessonId", "title", "editable"));
        Long passMark = present.number("passMark");
        long version = present.requiredNumber("version");
        if (passMark == null && !present.has("passMark")) {
            present.problem("passMark", ApiText.FIELD_REQUIRED);
        }
        present.validate();
        int mark = passMark == null || passMark < -1 || passMark > 1000 ? -1 : passMark.intValue();
        assignments.configure(id, lessonId, mark, version);
        return AssignmentView.of(assignments.assignment(id, lessonId));
    }
}

package org.lms.web.api.learning;

import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;
import static org.lms.web.api.ApiDoc.NOT_FOUND;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.learning.MyLearning;
import org.lms.web.files.ApiFileResponse;

/**
 * The signed-in person's own learning: their published courses, the course player and marking
 * lessons complete. A course not assigned to them, or not published, answers 404.
 */
@Path("v1/me/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My learning")
public class MyCoursesResource {

    private static final String NOT_MINE = "No such course among the caller's published courses, or no such lesson in it";

    @Inject
    private MyLearning learning;

    @GET
    @Operation(operationId = "listMyCourses", summary = "The caller's courses",
            description = "Published courses assigned to the caller: overdue and soonest due first, finished ones last.")
    @APIResponseSchema(value = MyCourseView.Page.class, responseCode = "200", responseDescription = "The courses")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public MyCourseView.Page list() {
        List<MyCourseView> courses = learning.courses().stream().map(MyCourseView::of).toList();
        return new MyCourseView.Page(courses, courses.size());
    }

    @GET
    @Path("{courseId}")
    @Operation(operationId = "getMyCourse", summary = "The player's outline of one of the caller's courses")
    @APIResponseSchema(value = MyCourseView.Player.class, responseCode = "200", responseDescription = "The outline and progress")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public MyCourseView.Player player(@PathParam("courseId") long courseId) {
        return MyCourseView.Player.of(learning.player(courseId));
    }

    @GET
    @Path("{courseId}/lessons/{lessonId}")
    @Operation(operationId = "openMyLesson", summary = "Open a lesson of one of the caller's courses",
            description = "The player resumes at this lesson next time.")
    @APIResponseSchema(value = MyCourseView.Lesson.class, responseCode = "200", responseDescription = "The lesson")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public MyCourseView.Lesson lesson(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
        return MyCourseView.Lesson.of(learning.lesson(courseId, lessonId));
    }

    @GET
    @Path("{courseId}/lessons/{lessonId}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadMyLessonFile", summary = "The file of a lesson of one of the caller's courses",
            description = "Answers 206 with Content-Range for a Range request (video players seek this way), 416 for a range"
                    + " beyond the end.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "206", description = "The part of the file the Range header asked for")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public Response file(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @HeaderParam("Range") String range, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return ApiFileResponse.of(learning.lessonFile(courseId, lessonId), range, ifNoneMatch, false,
                sink -> learning.sendLessonFile(courseId, lessonId, sink));
    }

    @POST
    @Path("{courseId}/lessons/{lessonId}/completion")
    @Operation(operationId = "completeMyLesson", summary = "Mark a lesson complete", description = "Again changes nothing.")
    @APIResponseSchema(value = MyCourseView.Player.class, responseCode = "200", responseDescription = "The course's new outline and progress")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public MyCourseView.Player complete(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
        return MyCourseView.Player.of(learning.complete(courseId, lessonId));
    }
}

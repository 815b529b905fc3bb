package org.lms.web.api.content;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.CONFLICT;
import static org.lms.web.api.ApiDoc.CONFLICT_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;
import static org.lms.web.api.ApiDoc.NOT_FOUND;
import static org.lms.web.api.ApiDoc.NOT_FOUND_TEXT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.LessonKind;
import org.lms.service.content.CourseAdministration;
import org.lms.service.content.CourseFilter;
import org.lms.service.content.LessonDraft;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/** The content library of the caller's scope: courses and their lessons. */
@Path("v1/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CoursesResource {

    /** The sort names the API documents, mapped to the library's sort keys. */
    private static final Map<String, CourseFilter.Sort> SORTS = sorts();

    @Inject
    private CourseAdministration courses;

    @Context
    private UriInfo uri;

    /** POST /courses. */
    @Schema(name = "NewCourse")
    public record NewCourse(@Schema(required = true) long organizationId, @Schema(required = true) String title,
            String description) {

        static NewCourse from(JsonBody body) {
            body.accept(List.of("organizationId", "title", "description"),
                    List.of("id", "status", "organization", "organizationName", "authorName", "createdAt", "version",
                            "editable", "enrollments", "lessons"));
            NewCourse course = new NewCourse(body.requiredNumber("organizationId"), body.text("title"), body.text("description"));
            body.validate();
            return course;
        }
    }

    /** PATCH /courses/{id}. */
    @Schema(name = "CourseChanges")
    public record CourseChanges(@Schema(description = "Left out: the title stays") String title,
            @Schema(description = "Left out: the description stays; null or empty removes it") String description,
            @Schema(required = true, description = "The version the client saw") long version) {

        static CourseChanges from(JsonBody body) {
            body.accept(List.of("title", "description", "version"),
                    List.of("id", "status", "organization", "organizationId", "organizationName", "authorName", "createdAt",
                            "editable", "enrollments", "lessons"));
            CourseChanges changes = new CourseChanges(body.text("title"), body.text("description"), body.requiredNumber("version"));
            body.validate();
            return changes;
        }
    }

    /** POST /courses/{id}/lessons and PUT /courses/{id}/lessons/{lessonId}. */
    @Schema(name = "LessonDraft")
    public record LessonInput(@Schema(required = true, enumeration = {"TEXT", "LINK", "FILE", "QUIZ", "ASSIGNMENT"}) String kind,
            @Schema(required = true) String title,
            @Schema(description = "Rich text (HTML); anything a browser would run is removed. Required for TEXT; a QUIZ's introduction") String body,
            @Schema(description = "An http or https address; required for LINK") String url,
            @Schema(description = "The version the client saw; required with PUT") Long version) {

        static LessonDraft from(JsonBody body, boolean versioned) {
            List<String> accepted = versioned ? List.of("kind", "title", "body", "url", "version") : List.of("kind", "title", "body", "url");
            body.accept(accepted, versioned ? List.of("id", "position", "file") : List.of("id", "position", "version", "file"));
            LessonKind kind = body.choice("kind", LessonKind.class);
            LessonDraft draft = new LessonDraft(kind, body.text("title"), body.text("body"), body.text("url"));
            body.validate();
            return draft;
        }
    }

    /** POST /courses/{id}/lessons/{lessonId}/move. */
    @Schema(name = "LessonMove")
    public record LessonMove(@Schema(required = true, enumeration = {"-1", "1"}, description = "-1 moves up one place, 1 down")
            int direction) {

        static LessonMove from(JsonBody body) {
            body.accept(List.of("direction"));
            int direction = body.requiredInt("direction");
            if (body.has("direction") && !body.isNull("direction") && direction != -1 && direction != 1) {
                body.problem("direction", ApiText.FIELD_ONE_OF, "-1, 1");
            }
            body.validate();
            return new LessonMove(direction);
        }
    }

    @GET
    @Operation(operationId = "listCourses", summary = "List the courses of the caller's scope",
            description = "Filtered, sorted and paged in the database; newest first unless sorted otherwise.")
    @APIResponseSchema(value = CourseView.Page.class, responseCode = "200", responseDescription = "A page of courses")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public CourseView.Page list(@Parameter(description = "Text in the title") @QueryParam("q") String text,
            @Parameter(description = "DRAFT, PUBLISHED or ARCHIVED") @QueryParam("status") String status,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "title, status or created; a leading - sorts descending (default -created)")
            @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        ContentStatus chosenStatus = parameters.choice("status", status, ContentStatus.class);
        // No sort given: newest first, as the library page lists them.
        Parameters.Sort<CourseFilter.Sort> order = sort == null || sort.isBlank()
                ? new Parameters.Sort<>(CourseFilter.Sort.CREATED, true)
                : parameters.sort(sort, SORTS, CourseFilter.Sort.CREATED);
        parameters.validate();
        CourseFilter filter = new CourseFilter(text, chosenStatus, order.field(), !order.descending());
        return new CourseView.Page(courses.library(filter, paging.first(), paging.size()).stream().map(CourseView::of).toList(),
                courses.count(filter));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCourse", summary = "Create a draft course in an organization of the caller's scope")
    @APIResponseSchema(value = CourseDetailView.class, responseCode = "201", responseDescription = "The new course")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = "The organization does not exist or lies outside the caller's scope")
    @RequestBodySchema(NewCourse.class)
    public Response create(JsonBody body) {
        NewCourse request = NewCourse.from(JsonBody.present(body));
        long id = courses.create(request.organizationId(), request.title(), request.description());
        return Created.at(uri, id, CourseDetailView.of(courses.course(id)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCourse", summary = "One course with its lessons")
    @APIResponseSchema(value = CourseDetailView.class, responseCode = "200", responseDescription = "The course")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public CourseDetailView get(@PathParam("id") long id) {
        return CourseDetailView.of(courses.course(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeCourse", summary = "Change a course's title or description")
    @APIResponseSchema(value = CourseDetailView.class, responseCode = "200", responseDescription = "The course after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(CourseChanges.class)
    public CourseDetailView change(@PathParam("id") long id, JsonBody body) {
        JsonBody present = JsonBody.present(body);
        CourseChanges changes = CourseChanges.from(present);
        // The service sets both fields at once; a field left out keeps what the course has.
        var current = courses.course(id);
        String title = present.has("title") ? changes.title() : current.title();
        String description = present.has("description") ? changes.description() : current.description();
        courses.describe(id, title, description, changes.version());
        return CourseDetailView.of(courses.course(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCourse", summary = "Delete a course nobody was ever assigned",
            description = "A course with learners' records is refused (403 refused): archive it instead, which keeps them.")
    @APIResponse(responseCode = "204", description = "Deleted, with its lessons")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response delete(@PathParam("id") long id) {
        courses.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publication")
    @Operation(operationId = "publishCourse", summary = "Publish a course to the learners it is assigned to")
    @APIResponseSchema(value = CourseDetailView.class, responseCode = "200", responseDescription = "The course after the change")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public CourseDetailView publish(@PathParam("id") long id) {
        courses.publish(id);
        return CourseDetailView.of(courses.course(id));
    }

    @POST
    @Path("{id}/archive")
    @Operation(operationId = "archiveCourse", summary = "Take a course away from learners", description = "Their records stay.")
    @APIResponseSchema(value = CourseDetailView.class, responseCode = "200", responseDescription = "The course after the change")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public CourseDetailView archive(@PathParam("id") long id) {
        courses.archive(id);
        return CourseDetailView.of(courses.course(id));
    }

    @POST
    @Path("{id}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addLesson", summary = "Add a lesson at the end of a course",
            description = "The rich text is sanitized before it is stored.")
    @APIResponseSchema(value = CourseDetailView.LessonView.class, responseCode = "201", responseDescription = "The new lesson")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @RequestBodySchema(LessonInput.class)
    public Response addLesson(@PathParam("id") long id, JsonBody body) {
        LessonDraft draft = LessonInput.from(JsonBody.present(body), false);
        long lessonId = courses.addLesson(id, draft);
        return Created.at(uri, lessonId, lesson(id, lessonId));
    }

    @PUT
    @Path("{id}/lessons/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeLesson", summary = "Replace a lesson's kind, title, text and address")
    @APIResponseSchema(value = CourseDetailView.LessonView.class, responseCode = "200", responseDescription = "The lesson after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(LessonInput.class)
    public CourseDetailView.LessonView changeLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId, JsonBody body) {
        JsonBody present = JsonBody.present(body);
        long version = present.requiredNumber("version");
        LessonDraft draft = LessonInput.from(present, true);
        courses.changeLesson(id, lessonId, draft, version);
        return lesson(id, lessonId);
    }

    @DELETE
    @Path("{id}/lessons/{lessonId}")
    @Operation(operationId = "removeLesson", summary = "Remove a lesson",
            description = "Learners' marks on it go with it and their progress is counted again.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response removeLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        courses.removeLesson(id, lessonId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/lessons/{lessonId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveLesson", summary = "Move a lesson one place up or down", description = "At either end nothing changes.")
    @APIResponseSchema(value = CourseDetailView.class, responseCode = "200", responseDescription = "The course with its lessons in the new order")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @RequestBodySchema(LessonMove.class)
    public CourseDetailView moveLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId, JsonBody body) {
        LessonMove move = LessonMove.from(JsonBody.present(body));
        courses.moveLesson(id, lessonId, move.direction());
        return CourseDetailView.of(courses.course(id));
    }

    private CourseDetailView.LessonView lesson(long courseId, long lessonId) {
        return courses.course(courseId).lessons().stream().filter(l -> l.id() == lessonId).findFirst()
                .map(CourseDetailView.LessonView::of).orElseThrow();
    }

    private static Map<String, CourseFilter.Sort> sorts() {
        Map<String, CourseFilter.Sort> sorts = new LinkedHashMap<>();
        sorts.put("title", CourseFilter.Sort.TITLE);
        sorts.put("status", CourseFilter.Sort.STATUS);
        sorts.put("created", CourseFilter.Sort.CREATED);
        return java.util.Collections.unmodifiableMap(sorts);
    }
}

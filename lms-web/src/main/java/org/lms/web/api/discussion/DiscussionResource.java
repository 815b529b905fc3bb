package org.lms.web.api.discussion;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.NOT_FOUND;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.discussion.CourseDiscussion;
import org.lms.service.discussion.ThreadView;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/**
 * A course's discussion: its threads, their replies, and removing posts. Participants are the
 * learners the published course is assigned to and the people who may change the course, who
 * moderate it. Anyone else gets 404, as for a course that does not exist. Text is plain and sent
 * back as written: clients must show it as text, never as markup.
 */
@Path("v1/courses/{courseId}/discussion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussion")
public class DiscussionResource {

    private static final String NOT_A_PARTICIPANT = "No such course, or the caller takes no part in its discussion (neither"
            + " assigned the published course nor one who may change it), or no such thread or post in it";
    private static final String REFUSED = "The caller's role lacks the privilege (code forbidden), or a rule refuses (code"
            + " refused): the course is archived, the thread was removed, or the post is another person's and the caller"
            + " does not moderate";

    @Inject
    private CourseDiscussion discussion;

    @Context
    private UriInfo uri;

    /** POST .../threads. */
    @Schema(name = "NewDiscussionThread")
    public record NewThread(@Schema(required = true, maxLength = 200) String title,
            @Schema(required = true, maxLength = 10000, description = "Plain text; line breaks are kept") String body) {

        static NewThread from(JsonBody body) {
            body.accept(List.of("title", "body"), List.of("id", "opening", "replies", "total", "moderator", "mayReply"));
            NewThread thread = new NewThread(body.text("title"), body.text("body"));
            body.validate();
            return thread;
        }
    }

    /** POST .../threads/{threadId}/replies. */
    @Schema(name = "NewDiscussionReply")
    public record NewReply(@Schema(required = true, maxLength = 10000, description = "Plain text; line breaks are kept")
            String body) {

        static NewReply from(JsonBody body) {
            body.accept(List.of("body"), List.of("id", "authorName", "postedAt", "removal", "removable"));
            NewReply reply = new NewReply(body.text("body"));
            body.validate();
            return reply;
        }
    }

    @GET
    @Path("threads")
    @Operation(operationId = "listDiscussionThreads", summary = "The threads of a course's discussion",
            description = "Latest activity first, each with its reply count and the time of its last post; paged in the"
                    + " database. Moderators also see removed threads.")
    @APIResponseSchema(value = DiscussionView.Page.class, responseCode = "200", responseDescription = "A page of threads")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_PARTICIPANT)
    public DiscussionView.Page threads(@PathParam("courseId") long courseId,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "Only -lastPostAt: latest activity first") @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        parameters.fixedOrder(sort, "-lastPostAt");
        parameters.validate();
        return DiscussionView.Page.of(discussion.board(courseId, paging.first(), paging.size()));
    }

    @POST
    @Path("threads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startDiscussionThread", summary = "Start a thread in a course's discussion")
    @APIResponseSchema(value = DiscussionView.Detail.class, responseCode = "201", responseDescription = "The new thread")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_PARTICIPANT)
    @RequestBodySchema(NewThread.class)
    public Response startThread(@PathParam("courseId") long courseId, JsonBody body) {
        NewThread request = NewThread.from(JsonBody.present(body));
        long id = discussion.startThread(courseId, request.title(), request.body());
        ThreadView view = discussion.thread(courseId, id, 0, Paging.DEFAULT_SIZE);
        return Response.created(threadAddress(courseId, id)).entity(DiscussionView.Detail.of(view)).build();
    }

    @GET
    @Path("threads/{threadId}")
    @Operation(operationId = "getDiscussionThread", summary = "A thread with its opening post and a page of its replies",
            description = "Replies oldest first, paged in the database.")
    @APIResponseSchema(value = DiscussionView.Detail.class, responseCode = "200", responseDescription = "The thread")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_PARTICIPANT)
    public DiscussionView.Detail thread(@PathParam("courseId") long courseId, @PathParam("threadId") long threadId,
            @Parameter(description = "Page of replies, from 0") @QueryParam("page") String page,
            @Parameter(description = "Replies per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "Only postedAt: oldest first") @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        parameters.fixedOrder(sort, "postedAt");
        parameters.validate();
        return DiscussionView.Detail.of(discussion.thread(courseId, threadId, paging.first(), paging.size()));
    }

    @POST
    @Path("threads/{threadId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyInDiscussionThread", summary = "Reply in a thread",
            description = "The thread moves to the top of the list.")
    @APIResponseSchema(value = DiscussionView.Post.class, responseCode = "201", responseDescription = "The reply")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_PARTICIPANT)
    @RequestBodySchema(NewReply.class)
    public Response reply(@PathParam("courseId") long courseId, @PathParam("threadId") long threadId, JsonBody body) {
        NewReply request = NewReply.from(JsonBody.present(body));
        DiscussionView.Post reply = DiscussionView.Post.of(discussion.reply(courseId, threadId, request.body()));
        return Response.created(threadAddress(courseId, threadId)).entity(reply).build();
    }

    @DELETE
    @Path("posts/{postId}")
    @Operation(operationId = "removeDiscussionPost", summary = "Remove a post",
            description = "A moderator removes any post of the course, anyone else only their own. The post stays in its"
                    + " thread without its text, marked as removed by a moderator or by its author; removing an opening"
                    + " post takes the thread out of the learners' list. Removing a removed post changes nothing.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_PARTICIPANT)
    public Response remove(@PathParam("courseId") long courseId, @PathParam("postId") long postId) {
        discussion.remove(courseId, postId);
        return Response.noContent().build();
    }

    private URI threadAddress(long courseId, long threadId) {
        return uri.getBaseUriBuilder().path("v1/courses/{courseId}/discussion/threads/{threadId}").build(courseId, threadId);
    }
}

package org.lms.web.api.learning;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.learning.QuizTaking;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;

/**
 * The caller's attempts at a quiz of one of their courses: starting one, handing it in to be graded
 * on the server, and the list with scores. The correct answers are never sent. A course not assigned
 * to the caller, or not published, answers 404.
 */
@Path("v1/me/courses/{courseId}/lessons/{lessonId}/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My learning")
public class QuizAttemptsResource {

    private static final String NOT_MINE = "No such course among the caller's published courses, no such quiz in it,"
            + " or no such attempt of the caller";
    private static final String REFUSED = "Refused with a reason: the attempts are used up, the quiz has no questions yet,"
            + " or the attempt was handed in already";

    @Inject
    private QuizTaking quizzes;

    @Context
    private UriInfo uri;

    /** POST .../attempts/{attemptId}/submission. */
    @Schema(name = "QuizSubmission")
    public record Submission(@Schema(required = true, description = "One entry per question answered; a question left out"
            + " counts as wrong") List<Answer> answers) {

        static Map<Long, Set<Integer>> from(JsonBody body) {
            body.accept(List.of("answers"));
            List<JsonBody> elements = body.objects("answers");
            if (elements == null && !body.has("answers")) {
                body.problem("answers", ApiText.FIELD_REQUIRED);
            }
            Map<Long, Set<Integer>> answers = new LinkedHashMap<>();
            if (elements != null) {
                for (int i = 0; i < elements.size(); i++) {
                    JsonBody element = elements.get(i);
                    element.accept(List.of("questionId", "options"));
                    long question = element.requiredNumber("questionId");
                    List<Long> options = element.numbers("options");
                    Set<Integer> chosen = new LinkedHashSet<>();
                    if (options != null) {
                        // A place beyond any option stands in as -1, which the service refuses by name.
                        options.forEach(o -> chosen.add(o < 0 || o > Integer.MAX_VALUE ? -1 : o.intValue()));
                    }
                    body.include("answers[" + i + "]", element);
                    answers.merge(question, chosen, (a, b) -> {
                        Set<Integer> both = new LinkedHashSet<>(a);
                        both.addAll(b);
                        return both;
                    });
                }
            }
            body.validate();
            return answers;
        }
    }

    /** The options chosen for one question. */
    @Schema(name = "QuizAnswer")
    public record Answer(@Schema(required = true) long questionId,
            @Schema(description = "The places (from 0) of the options chosen") List<Integer> options) {
    }

    @GET
    @Operation(operationId = "listMyQuizAttempts", summary = "A quiz's rules and the caller's attempts with their scores")
    @APIResponseSchema(value = MyQuizView.class, responseCode = "200", responseDescription = "The quiz and the attempts")
    @APIResponse(responseCode = FORBIDDEN, description = "The caller may not take courses")
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public MyQuizView list(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
        return MyQuizView.of(quizzes.quiz(courseId, lessonId));
    }

    @POST
    @Operation(operationId = "startMyQuizAttempt", summary = "Start an attempt at a quiz",
            description = "An attempt still open is answered instead of a new one. The sheet holds no correct answers.")
    @APIResponseSchema(value = MyQuizView.Sheet.class, responseCode = "201", responseDescription = "The attempt's questions")
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    public Response start(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId) {
        MyQuizView.Sheet sheet = MyQuizView.Sheet.of(quizzes.start(courseId, lessonId));
        return Created.at(uri, sheet.id(), sheet);
    }

    @PUT
    @Path("{attemptId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "keepMyQuizAnswers", summary = "Save the answers of an open attempt without handing it in",
            description = "The answers replace those saved before and come back on the attempt's sheet (POST .../attempts"
                    + " continues the open attempt). Nothing is graded; hand the attempt in with .../submission.")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = "Refused with a reason: the attempt was handed in, or its time is over")
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    @RequestBodySchema(Submission.class)
    public Response keep(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @PathParam("attemptId") long attemptId, JsonBody body) {
        Map<Long, Set<Integer>> answers = Submission.from(JsonBody.present(body));
        quizzes.keepAnswers(courseId, lessonId, attemptId, answers);
        return Response.noContent().build();
    }

    @POST
    @Path("{attemptId}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitMyQuizAttempt", summary = "Hand in an attempt to be graded",
            description = "The score is the percent of questions answered exactly right. Passing completes the quiz lesson."
                    + " Handed in more than 30 seconds after the time limit, the attempt is graded but does not pass.")
    @APIResponseSchema(value = MyQuizView.Result.class, responseCode = "200", responseDescription = "The grade")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = REFUSED)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_MINE)
    @RequestBodySchema(Submission.class)
    public MyQuizView.Result submit(@PathParam("courseId") long courseId, @PathParam("lessonId") long lessonId,
            @PathParam("attemptId") long attemptId, JsonBody body) {
        Map<Long, Set<Integer>> answers = Submission.from(JsonBody.present(body));
        return MyQuizView.Result.of(quizzes.submit(courseId, lessonId, attemptId, answers));
    }
}

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
import jakarta.ws.rs.DELETE;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.content.QuestionKind;
import org.lms.service.content.QuestionDraft;
import org.lms.service.content.QuizAdministration;
import org.lms.service.content.QuizSettings;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;

/**
 * The quiz of a lesson of kind QUIZ, for its editors: its rules and its questions with their
 * correct answers. A lesson that is not a quiz answers 404, as there is no such quiz.
 */
@Path("v1/courses/{id}/lessons/{lessonId}/quiz")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class QuizResource {

    private static final String NOT_A_QUIZ = "No such course in the caller's scope, no such quiz lesson in it, or no such question";

    @Inject
    private QuizAdministration quizzes;

    @Context
    private UriInfo uri;

    /** PUT /courses/{id}/lessons/{lessonId}/quiz. */
    @Schema(name = "QuizRules")
    public record QuizRules(@Schema(required = true, description = "0 to 100") int passMark,
            @Schema(description = "1 to 100; null or left out: unlimited") Integer maxAttempts,
            @Schema(description = "1 to 480; null or left out: no limit") Integer timeLimitMinutes,
            @Schema(required = true, description = "The version the client saw (0 before the rules were first set)") long version) {

        static QuizRules from(JsonBody body) {
            body.accept(List.of("passMark", "maxAttempts", "timeLimitMinutes", "version"),
                    List.of("courseId", "lessonId", "title", "editable", "questions"));
            QuizRules rules = new QuizRules(body.requiredInt("passMark"), small(body, "maxAttempts"),
                    small(body, "timeLimitMinutes"), body.requiredNumber("version"));
            body.validate();
            return rules;
        }

        /** A whole number that fits an int; out of range it stands in as -1, which the service refuses by name. */
        private static Integer small(JsonBody body, String field) {
            Long number = body.number(field);
            return number == null ? null : number < Integer.MIN_VALUE || number > Integer.MAX_VALUE ? -1 : number.intValue();
        }
    }

    /** POST .../quiz/questions and PUT .../quiz/questions/{questionId}. */
    @Schema(name = "QuizQuestionDraft")
    public record QuestionInput(@Schema(required = true, enumeration = {"SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE"}) String kind,
            @Schema(required = true) String text,
            @Schema(required = true, description = "2 to 10 options in order; single choice and true/false: exactly one"
                    + " correct, multiple choice: at least one; true/false: exactly two") List<OptionInput> options,
            @Schema(description = "The version the client saw; required with PUT") Long version) {

        static QuestionDraft from(JsonBody body, boolean versioned) {
            body.accept(versioned ? List.of("kind", "text", "options", "version") : List.of("kind", "text", "options"),
                    versioned ? List.of("id", "position") : List.of("id", "position", "version"));
            QuestionKind kind = body.choice("kind", QuestionKind.class);
            String text = body.text("text");
            List<JsonBody> elements = body.objects("options");
            List<QuestionDraft.OptionDraft> options = new ArrayList<>();
            if (elements != null) {
                for (int i = 0; i < elements.size(); i++) {
                    JsonBody element = elements.get(i);
                    element.accept(List.of("text", "correct"), List.of("index"));
                    options.add(new QuestionDraft.OptionDraft(element.text("text"), Boolean.TRUE.equals(element.flag("correct"))));
                    body.include("options[" + i + "]", element);
                }
            }
            body.validate();
            return new QuestionDraft(kind, text, options);
        }
    }

    /** One option of a question draft. */
    @Schema(name = "QuizOptionDraft")
    public record OptionInput(@Schema(required = true) String text, @Schema(description = "Left out: false") boolean correct) {
    }

    /** POST .../quiz/questions/{questionId}/move. */
    @Schema(name = "QuestionMove")
    public record QuestionMove(@Schema(required = true, enumeration = {"-1", "1"}, description = "-1 moves up one place, 1 down")
            int direction) {

        static QuestionMove from(JsonBody body) {
            body.accept(List.of("direction"));
            int direction = body.requiredInt("direction");
            if (body.has("direction") && !body.isNull("direction") && direction != -1 && direction != 1) {
                body.problem("direction", ApiText.FIELD_ONE_OF, "-1, 1");
            }
            body.validate();
            return new QuestionMove(direction);
        }
    }

    @GET
    @Operation(operationId = "getQuiz", summary = "A quiz with its rules and questions, correct answers included")
    @APIResponseSchema(value = QuizView.class, responseCode = "200", responseDescription = "The quiz")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_QUIZ)
    public QuizView get(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return QuizView.of(quizzes.quiz(id, lessonId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setQuizRules", summary = "Set a quiz's pass mark, attempts and time limit",
            description = "Attempts already graded keep their grade; the rules apply from the next attempt.")
    @APIResponseSchema(value = QuizView.class, responseCode = "200", responseDescription = "The quiz after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_QUIZ)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(QuizRules.class)
    public QuizView configure(@PathParam("id") long id, @PathParam("lessonId") long lessonId, JsonBody body) {
        QuizRules rules = QuizRules.from(JsonBody.present(body));
        quizzes.configure(id, lessonId, new QuizSettings(rules.passMark(), rules.maxAttempts(), rules.timeLimitMinutes()),
                rules.version());
        return QuizView.of(quizzes.quiz(id, lessonId));
    }

    @POST
    @Path("questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addQuizQuestion", summary = "Add a question at the end of a quiz")
    @APIResponseSchema(value = QuizView.QuestionView.class, responseCode = "201", responseDescription = "The new question")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_QUIZ)
    @RequestBodySchema(QuestionInput.class)
    public Response addQuestion(@PathParam("id") long id, @PathParam("lessonId") long lessonId, JsonBody body) {
        QuestionDraft draft = QuestionInput.from(JsonBody.present(body), false);
        long questionId = quizzes.addQuestion(id, lessonId, draft);
        return Created.at(uri, questionId, question(id, lessonId, questionId));
    }

    @PUT
    @Path("questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeQuizQuestion", summary = "Replace a question's kind, text and options")
    @APIResponseSchema(value = QuizView.QuestionView.class, responseCode = "200", responseDescription = "The question after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_QUIZ)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(QuestionInput.class)
    public QuizView.QuestionView changeQuestion(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            @PathParam("questionId") long questionId, JsonBody body) {
        JsonBody present = JsonBody.present(body);
        long version = present.requiredNumber("version");
        QuestionDraft draft = QuestionInput.from(present, true);
        quizzes.changeQuestion(id, lessonId, questionId, draft, version);
        return question(id, lessonId, questionId);
    }

    @DELETE
    @Path("questions/{questionId}")
    @Operation(operationId = "removeQuizQuestion", summary = "Remove a question",
            description = "Attempts already graded keep their score; later ones are graded on the questions that remain.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_QUIZ)
    public Response removeQuestion(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            @PathParam("questionId") long questionId) {
        quizzes.removeQuestion(id, lessonId, questionId);
        return Response.noContent().build();
    }

    @POST
    @Path("questions/{questionId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveQuizQuestion", summary = "Move a question one place up or down", description = "At either end nothing changes.")
    @APIResponseSchema(value = QuizView.class, responseCode = "200", responseDescription = "The quiz with its questions in the new order")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_A_QUIZ)
    @RequestBodySchema(QuestionMove.class)
    public QuizView moveQuestion(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
            @PathParam("questionId") long questionId, JsonBody body) {
        QuestionMove move = QuestionMove.from(JsonBody.present(body));
        quizzes.moveQuestion(id, lessonId, questionId, move.direction());
        return QuizView.of(quizzes.quiz(id, lessonId));
    }

    private QuizView.QuestionView question(long courseId, long lessonId, long questionId) {
        return quizzes.quiz(courseId, lessonId).questions().stream().filter(q -> q.id() == questionId).findFirst()
                .map(QuizView.QuestionView::of).orElseThrow();
    }
}

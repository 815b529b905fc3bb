package org.lms.web.api.me;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.CONFLICT;
import static org.lms.web.api.ApiDoc.CONFLICT_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.users.MyChanges;
import org.lms.service.users.MyProfileService;
import org.lms.service.users.MySettings;
import org.lms.web.api.users.ProfileJson;
import org.lms.service.users.MyProfile;
import org.lms.service.permissions.InvalidInput;
import org.lms.domain.roles.Privilege;
import org.lms.web.api.support.ApiProblem;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Message;

/** The signed-in person's own profile and settings. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    private MyProfileService profiles;

    @Inject
    private MySettings settings;

    /** PATCH /me: what the person changes; absent fields stay as they are. */
    @Schema(name = "MeChanges")
    public record Changes(String name, @Schema(description = "A new email needs currentPassword") String email,
            String currentPassword,
            @Schema(description = "en or de; null returns to the account's default") String locale,
            @Schema(description = "A time zone id; null returns to the account's default") String timeZone) {

        static final List<String> FIELDS = java.util.stream.Stream.concat(
                List.of("name", "email", "currentPassword", "locale", "timeZone").stream(), ProfileJson.FIELDS.stream()).toList();
        static final List<String> READ_ONLY = List.of("id", "role", "organization", "privileges");

        static MyChanges from(JsonBody body) {
            body.accept(FIELDS, READ_ONLY);
            MyChanges changes = new MyChanges(body.text("name"), body.text("email"), body.text("currentPassword"),
                    orDefault(body, "locale"), orDefault(body, "timeZone"), ProfileJson.changes(body));
            body.validate();
            return changes;
        }

        /** Absent: keep (null); JSON null: back to the default (the service's empty text). */
        private static String orDefault(JsonBody body, String field) {
            return body.isNull(field) ? "" : body.text(field);
        }

        @Override
        public String toString() {
            return "Changes[" + name + ", " + email + ", " + locale + ", " + timeZone + "]";
        }
    }

    /** PUT /me/password. */
    @Schema(name = "PasswordChange")
    public record PasswordChange(@Schema(required = true) String currentPassword, @Schema(required = true) String newPassword) {

        static PasswordChange from(JsonBody body) {
            body.accept(List.of("currentPassword", "newPassword"));
            PasswordChange change = new PasswordChange(body.text("currentPassword"), body.text("newPassword"));
            body.validate();
            return change;
        }

        @Override
        public String toString() {
            return "PasswordChange[…]";
        }
    }

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in person",
            description = "Id, email, name, role, organization, privileges and settings.")
    @APIResponseSchema(value = MeView.class, responseCode = "200", responseDescription = "The signed-in person")
    public MeView me() {
        MyProfile me = profiles.me().orElseThrow(() -> new ApiProblem(401, "unauthorized",
                new Message(ApiText.UNAUTHORIZED), Map.of()));
        // Profile fields come with the own settings; a role without them gets the rest.
        return MeView.of(me, me.privileges().contains(Privilege.Names.CHANGE_OWN_SETTINGS) ? settings.profile() : null);
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeMe", summary = "Change one's name, email, language or time zone",
            description = "All given fields change together or none does. A new email needs currentPassword. Profile fields"
            + " (jobTitle, department, phone, managerId, hireDate, employeeId, profile) change as the person's own role allows:"
            + " one it may only read, or does not see, is refused with 403.")
    @APIResponseSchema(value = MeView.class, responseCode = "200", responseDescription = "The person after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(Changes.class)
    public MeView change(JsonBody body) {
        MyChanges changes = Changes.from(JsonBody.present(body));
        try {
            settings.update(changes);
        } catch (InvalidInput invalid) {
            throw ProfileJson.renamed(invalid, changes.profile().keySet());
        }
        return me();
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMyPassword", summary = "Change one's password",
            description = "Every token and session of the person ends, this request's token included: issue a new one.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @RequestBodySchema(PasswordChange.class)
    public Response changePassword(JsonBody body) {
        PasswordChange change = PasswordChange.from(JsonBody.present(body));
        settings.changePassword(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}

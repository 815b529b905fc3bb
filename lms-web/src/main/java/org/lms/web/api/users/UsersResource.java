package org.lms.web.api.users;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;
import org.lms.service.roles.RoleAdministration;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.users.UserAdministration;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/** People of the caller's scope: list, create, read, change, move, give a role, deactivate, delete. */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UsersResource {

    /** The sort names the API documents, mapped to the directory's sort keys. */
    private static final Map<String, UserQuery.SortField> SORTS = sorts();

    @Inject
    private UserDirectory directory;

    @Inject
    private UserAdministration users;

    @Inject
    private RoleAdministration roles;

    @Context
    private UriInfo uri;

    private final UserFieldPolicy fields = UserFieldPolicy.ALL_FIELDS;

    /** POST /users. */
    @Schema(name = "NewUser")
    public record NewUser(@Schema(required = true) String email, @Schema(required = true) String name,
            @Schema(required = true) long organizationId,
            @Schema(description = "A built-in role's key; or give roleId") String roleKey,
            @Schema(description = "Any role's id; or give roleKey") Long roleId,
            @Schema(description = "Optional initial password; without one the person is invited to set one") String password,
            String jobTitle, String department, String phone,
            @Schema(description = "The id of the person's manager") Long managerId,
            @Schema(type = SchemaType.STRING, format = "date") String hireDate, String employeeId,
            @Schema(description = "Custom profile fields by key") Map<String, String> profile) {

        static final List<String> FIELDS = java.util.stream.Stream.concat(
                List.of("email", "name", "organizationId", "roleKey", "roleId", "password").stream(),
                ProfileJson.FIELDS.stream()).toList();
    }

    /** PATCH /users/{id}: absent or null fields stay as they are. */
    @Schema(name = "UserChanges")
    public record UserChanges(String name, String email,
            @Schema(description = "Moves the person to this organization") Long organizationId,
            Boolean mayViewOrganizationReports,
            @Schema(required = true, description = "The version the client saw") long version,
            String jobTitle, String department, String phone,
            @Schema(description = "The id of the person's manager; null removes the manager") Long managerId,
            @Schema(type = SchemaType.STRING, format = "date") String hireDate, String employeeId,
            @Schema(description = "Custom profile fields by key; null empties one") Map<String, String> profile,
            @Schema(hidden = true) Map<String, String> profileChanges) {
        // profileChanges: every profile field given, by the service's keys, with "" where null empties one.

        static final List<String> FIELDS = java.util.stream.Stream.concat(
                List.of("name", "email", "organizationId", "mayViewOrganizationReports", "version").stream(),
                ProfileJson.FIELDS.stream()).toList();
        static final List<String> READ_ONLY = List.of("id", "organization", "role", "status", "locale", "timeZone",
                "createdAt", "lastSignInAt");

        static UserChanges from(JsonBody body) {
            body.accept(FIELDS, READ_ONLY);
            Map<String, String> profile = ProfileJson.changes(body);
            UserChanges changes = new UserChanges(body.text("name"), body.text("email"), body.number("organizationId"),
                    body.flag("mayViewOrganizationReports"), body.requiredNumber("version"), profile.get("JOB_TITLE"),
                    profile.get("DEPARTMENT"), profile.get("PHONE"), managerId(profile.get("MANAGER")), profile.get("HIRE_DATE"),
                    profile.get("EMPLOYEE_ID"), custom(profile), profile);
            body.validate();
            return changes;
        }

        private static Long managerId(String id) {
            return id == null || id.isEmpty() ? null : Long.valueOf(id);
        }

        private static Map<String, String> custom(Map<String, String> profile) {
            Map<String, String> custom = new LinkedHashMap<>(profile);
            custom.keySet().removeIf(key -> org.lms.domain.profiles.StandardField.byKey(key) != null);
            return custom;
        }
    }

    /** PUT /users/{id}/role. */
    @Schema(name = "RoleAssignment")
    public record RoleAssignment(@Schema(description = "A built-in role's key; or give roleId") String roleKey,
            @Schema(description = "Any role's id; or give roleKey") Long roleId) {
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List the users of the caller's scope",
            description = "Filtered, sorted and paged in the database.")
    @APIResponseSchema(value = UserList.class, responseCode = "200", responseDescription = "A page of users")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = "organizationId or groupId names nothing in the caller's scope")
    public UserList list(
            @Parameter(description = "Text in the name or email") @QueryParam("q") String text,
            @Parameter(description = "ACTIVE or DEACTIVATED") @QueryParam("status") String status,
            @Parameter(description = "Only this organization and everything below it") @QueryParam("organizationId") String organizationId,
            @Parameter(description = "Only holders of this built-in role") @QueryParam("roleKey") String roleKey,
            @Parameter(description = "Only holders of this role") @QueryParam("roleId") String roleId,
            @Parameter(description = "Only members of this group") @QueryParam("groupId") String groupId,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "name, email, organization, role, status or lastSignInAt; a leading - sorts descending")
            @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        Parameters.Sort<UserQuery.SortField> order = parameters.sort(sort, SORTS, UserQuery.SortField.NAME);
        UserQuery query = new UserQuery(text, parameters.choice("status", status, UserStatus.class),
                parameters.number("organizationId", organizationId), parameters.choice("roleKey", roleKey, BuiltInRole.class),
                parameters.number("roleId", roleId), parameters.number("groupId", groupId), order.field(), order.descending());
        parameters.validate();
        List<UserView> items = directory.page(query, paging.first(), paging.size()).stream()
                .map(row -> UserView.of(row, fields)).toList();
        return new UserList(items, directory.count(query));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user",
            description = "In an organization of the caller's scope, with a role the caller may give, and profile fields"
            + " the caller's role may edit.")
    @APIResponseSchema(value = UserView.class, responseCode = "201", responseDescription = "The new user; Location is its address")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = "The organization or role does not exist or lies outside the caller's scope")
    @APIResponse(responseCode = CONFLICT, description = "The email is in use already")
    @RequestBodySchema(NewUser.class)
    public Response create(JsonBody json) {
        JsonBody body = JsonBody.present(json).accept(NewUser.FIELDS, List.of("id", "status", "version"));
        String email = body.text("email");
        String name = body.text("name");
        long organizationId = body.requiredNumber("organizationId");
        RoleSelection role = RoleSelection.from(body);
        String password = body.text("password");
        Map<String, String> profile = ProfileJson.changes(body);
        body.validate();
        long id;
        try {
            id = users.create(organizationId, email, name, role.id(roles), password, profile);
        } catch (InvalidInput invalid) {
            throw ProfileJson.renamed(invalid, profile.keySet());
        }
        return Created.at(uri, id, UserView.of(users.get(id), fields));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One user")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The user")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public UserView get(@PathParam("id") long id) {
        return UserView.of(users.get(id), fields);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeUser", summary = "Change a user",
            description = "Name, email, organization (a move), the report switch and profile fields, all or"
            + " nothing. A profile field the caller's role may only read, or does not see, is refused with 403. Other fields of a user are refused with 400 naming them; the role changes with PUT /users/{id}/role.")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The user after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(UserChanges.class)
    public UserView change(@PathParam("id") long id, JsonBody body) {
        UserChanges changes = UserChanges.from(JsonBody.present(body));
        try {
            users.edit(id, changes.version(), changes.name(), changes.email(), changes.organizationId(),
                    changes.mayViewOrganizationReports(), changes.profileChanges());
        } catch (InvalidInput invalid) {
            throw ProfileJson.renamed(invalid, changes.profileChanges().keySet());
        }
        return UserView.of(users.get(id), fields);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteUser", summary = "Delete a user",
            description = "People with learning records are deactivated instead (403 refused).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response delete(@PathParam("id") long id) {
        users.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignUserRole", summary = "Give a user a role",
            description = "By roleKey or roleId; nobody gives more than they hold.")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The user with the role")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @RequestBodySchema(RoleAssignment.class)
    public UserView assignRole(@PathParam("id") long id, JsonBody json) {
        JsonBody body = JsonBody.present(json).accept(List.of("roleKey", "roleId"));
        RoleSelection role = RoleSelection.from(body);
        body.validate();
        users.assignRole(id, role.id(roles));
        return UserView.of(users.get(id), fields);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(operationId = "deactivateUser", summary = "Deactivate a user", description = "Their sessions and tokens end at once.")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The deactivated user")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public UserView deactivate(@PathParam("id") long id) {
        users.deactivate(id);
        return UserView.of(users.get(id), fields);
    }

    @POST
    @Path("{id}/activate")
    @Operation(operationId = "activateUser", summary = "Activate a user again")
    @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The active user")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public UserView activate(@PathParam("id") long id) {
        users.activate(id);
        return UserView.of(users.get(id), fields);
    }

    private static Map<String, UserQuery.SortField> sorts() {
        Map<String, UserQuery.SortField> sorts = new LinkedHashMap<>();
        sorts.put("name", UserQuery.SortField.NAME);
        sorts.put("email", UserQuery.SortField.EMAIL);
        sorts.put("organization", UserQuery.SortField.ORGANIZATION);
        sorts.put("role", UserQuery.SortField.ROLE);
        sorts.put("status", UserQuery.SortField.STATUS);
        sorts.put("lastSignInAt", UserQuery.SortField.LAST_SIGN_IN);
        return java.util.Collections.unmodifiableMap(sorts);
    }
}

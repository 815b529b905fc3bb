package org.lms.web.api.roles;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.roles.Privilege;
import org.lms.service.roles.RoleAdministration;
import org.lms.service.roles.RoleSummary;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/**
 * Built-in roles (fixed) and custom roles (a name and a set of privileges). The roles of an
 * account are few and account-wide: the service hands them over in one query with the number of
 * holders in the caller's scope, and pages are cut from that list.
 */
@Path("v1/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles")
public class RolesResource {

    @Inject
    private RoleAdministration roles;

    @Context
    private UriInfo uri;

    /** POST /roles and PUT /roles/{id}. */
    @Schema(name = "RoleDefinition")
    public record RoleDefinition(@Schema(required = true) String name,
            @Schema(required = true, description = "Privilege keys") List<String> privileges,
            @Schema(description = "PUT only: the version the client saw") Long version) {

        static RoleDefinition from(JsonBody body, boolean replacing) {
            body.accept(replacing ? List.of("name", "privileges", "version") : List.of("name", "privileges"),
                    List.of("id", "key", "builtIn", "users", "version"));
            RoleDefinition definition = new RoleDefinition(body.text("name"), body.texts("privileges"),
                    replacing ? body.requiredNumber("version") : null);
            if (!body.has("privileges")) {
                body.problem("privileges", ApiText.FIELD_REQUIRED);
            }
            body.validate();
            return definition;
        }

        /** The privileges named, or 400 naming the unknown ones. */
        Set<Privilege> privilegeSet(JsonBody body) {
            Set<Privilege> set = EnumSet.noneOf(Privilege.class);
            for (String key : privileges == null ? List.<String>of() : privileges) {
                try {
                    set.add(Privilege.valueOf(key));
                } catch (IllegalArgumentException unknown) {
                    body.problem("privileges", ApiText.FIELD_ONE_OF,
                            Arrays.stream(Privilege.values()).map(Enum::name).collect(Collectors.joining(", ")));
                }
            }
            body.validate();
            return set;
        }
    }

    @GET
    @Operation(operationId = "listRoles", summary = "List the roles", description = "Built-in roles first, then custom roles by name.")
    @APIResponseSchema(value = RoleView.Page.class, responseCode = "200", responseDescription = "A page of roles")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public RoleView.Page list(@Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "The list has one order (built-in, then name); sort may only name it: key")
            @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        parameters.fixedOrder(sort, "key");
        parameters.validate();
        List<RoleSummary> all = roles.roles();
        List<RoleView> items = all.stream().skip(paging.first()).limit(paging.size()).map(RoleView::of).toList();
        return new RoleView.Page(items, all.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRole", summary = "Create a custom role",
            description = "Of privileges the caller holds; Account membership stays with"
            + " the Account Owner's role (403 refused).")
    @APIResponseSchema(value = RoleView.class, responseCode = "201", responseDescription = "The new role")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = CONFLICT, description = "A role with this name exists already")
    @RequestBodySchema(RoleDefinition.class)
    public Response create(JsonBody json) {
        JsonBody body = JsonBody.present(json);
        RoleDefinition definition = RoleDefinition.from(body, false);
        long id = roles.create(definition.name(), definition.privilegeSet(body));
        return Created.at(uri, id, RoleView.of(roles.get(id)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRole", summary = "One role")
    @APIResponseSchema(value = RoleView.class, responseCode = "200", responseDescription = "The role")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public RoleView get(@PathParam("id") long id) {
        return RoleView.of(roles.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceRole", summary = "Change a custom role",
            description = "Name and privileges together; built-in roles are fixed"
            + " (403 refused). The people holding the role have its new privileges from their next request.")
    @APIResponseSchema(value = RoleView.class, responseCode = "200", responseDescription = "The role after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(RoleDefinition.class)
    public RoleView replace(@PathParam("id") long id, JsonBody json) {
        JsonBody body = JsonBody.present(json);
        RoleDefinition definition = RoleDefinition.from(body, true);
        roles.update(id, definition.version(), definition.name(), definition.privilegeSet(body));
        return RoleView.of(roles.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteRole", summary = "Delete a custom role",
            description = "People holding it get replacementRoleId in the same step;"
            + " a role in use needs one (400). Built-in roles are fixed (403 refused).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response delete(@PathParam("id") long id,
            @Parameter(description = "The role its holders get instead") @QueryParam("replacementRoleId") String replacement) {
        Parameters parameters = new Parameters();
        Long replacementRoleId = parameters.number("replacementRoleId", replacement);
        parameters.validate();
        roles.delete(id, replacementRoleId);
        return Response.noContent().build();
    }
}

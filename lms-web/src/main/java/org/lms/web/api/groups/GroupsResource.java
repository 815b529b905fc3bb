package org.lms.web.api.groups;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.groups.GroupAdministration;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/** Groups of the caller's scope and their members. */
@Path("v1/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groups")
public class GroupsResource {

    @Inject
    private GroupAdministration groups;

    @Context
    private UriInfo uri;

    /** POST /groups. */
    @Schema(name = "NewGroup")
    public record NewGroup(@Schema(required = true) String name, @Schema(required = true) long organizationId) {

        static NewGroup from(JsonBody body) {
            body.accept(List.of("name", "organizationId"), List.of("id", "members", "organization", "version"));
            NewGroup group = new NewGroup(body.text("name"), body.requiredNumber("organizationId"));
            body.validate();
            return group;
        }
    }

    /** PATCH /groups/{id}. */
    @Schema(name = "GroupChanges")
    public record GroupChanges(String name, @Schema(required = true, description = "The version the client saw") long version) {

        static GroupChanges from(JsonBody body) {
            body.accept(List.of("name", "version"), List.of("id", "members", "organization", "organizationId"));
            GroupChanges changes = new GroupChanges(body.text("name"), body.requiredNumber("version"));
            body.validate();
            return changes;
        }
    }

    @GET
    @Operation(operationId = "listGroups", summary = "List the groups of the caller's scope", description = "In name order.")
    @APIResponseSchema(value = GroupView.Page.class, responseCode = "200", responseDescription = "A page of groups")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public GroupView.Page list(@Parameter(description = "Text in the name") @QueryParam("q") String text,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "name (the only order)") @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        parameters.fixedOrder(sort, "name");
        parameters.validate();
        return new GroupView.Page(groups.page(text, paging.first(), paging.size()).stream().map(GroupView::of).toList(),
                groups.count(text));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGroup", summary = "Create a group in an organization of the caller's scope")
    @APIResponseSchema(value = GroupView.class, responseCode = "201", responseDescription = "The new group")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = "The organization does not exist or lies outside the caller's scope")
    @RequestBodySchema(NewGroup.class)
    public Response create(JsonBody body) {
        NewGroup request = NewGroup.from(JsonBody.present(body));
        long id = groups.create(request.organizationId(), request.name());
        return Created.at(uri, id, GroupView.of(groups.get(id)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getGroup", summary = "One group")
    @APIResponseSchema(value = GroupView.class, responseCode = "200", responseDescription = "The group")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public GroupView get(@PathParam("id") long id) {
        return GroupView.of(groups.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeGroup", summary = "Rename a group")
    @APIResponseSchema(value = GroupView.class, responseCode = "200", responseDescription = "The group after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(GroupChanges.class)
    public GroupView change(@PathParam("id") long id, JsonBody body) {
        GroupChanges changes = GroupChanges.from(JsonBody.present(body));
        groups.update(id, changes.version(), changes.name());
        return GroupView.of(groups.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteGroup", summary = "Delete a group", description = "Its members stay; only their membership ends.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    @Operation(operationId = "listGroupMembers", summary = "The members of a group", description = "In name order.")
    @APIResponseSchema(value = MemberView.Page.class, responseCode = "200", responseDescription = "A page of members")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public MemberView.Page members(@PathParam("id") long id,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        parameters.validate();
        // The members first: that call carries the stricter privilege, so a caller who may not see
        // members learns nothing from the group's count.
        List<MemberView> members = groups.members(id, paging.first(), paging.size()).stream().map(MemberView::of).toList();
        return new MemberView.Page(members, groups.get(id).members());
    }

    @PUT
    @Path("{id}/members/{userId}")
    @Operation(operationId = "addGroupMember", summary = "Add a person to a group",
            description = "A person of the group's organization or below it;"
            + " adding a member twice changes nothing.")
    @APIResponse(responseCode = "204", description = "The person is a member")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response addMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        groups.addMember(id, userId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{userId}")
    @Operation(operationId = "removeGroupMember", summary = "Take a person out of a group")
    @APIResponse(responseCode = "204", description = "The person is no member")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        groups.removeMember(id, userId);
        return Response.noContent().build();
    }
}

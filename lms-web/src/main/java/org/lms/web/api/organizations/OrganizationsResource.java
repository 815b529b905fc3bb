package org.lms.web.api.organizations;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.organizations.OrganizationAdministration;
import org.lms.service.organizations.OrganizationQuery;
import org.lms.web.api.support.Created;
import org.lms.web.api.support.JsonBody;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/** The organization tree of the caller's scope. */
@Path("v1/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationsResource {

    private static final Map<String, OrganizationQuery.SortField> SORTS =
            Map.of("path", OrganizationQuery.SortField.PATH, "name", OrganizationQuery.SortField.NAME);

    @Inject
    private OrganizationAdministration organizations;

    @Context
    private UriInfo uri;

    /** POST /organizations. */
    @Schema(name = "NewOrganization")
    public record NewOrganization(@Schema(required = true) String name, @Schema(required = true) long parentId) {

        static NewOrganization from(JsonBody body) {
            body.accept(List.of("name", "parentId"), List.of("id", "path", "version"));
            NewOrganization organization = new NewOrganization(body.text("name"), body.requiredNumber("parentId"));
            body.validate();
            return organization;
        }
    }

    /** PATCH /organizations/{id}: absent or null fields stay as they are. */
    @Schema(name = "OrganizationChanges")
    public record OrganizationChanges(String name, @Schema(description = "Moves the organization and its subtree") Long parentId,
            @Schema(required = true, description = "The version the client saw") long version) {

        static OrganizationChanges from(JsonBody body) {
            body.accept(List.of("name", "parentId", "version"), List.of("id", "path"));
            OrganizationChanges changes = new OrganizationChanges(body.text("name"), body.number("parentId"),
                    body.requiredNumber("version"));
            body.validate();
            return changes;
        }
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "List the organizations of the caller's scope")
    @APIResponseSchema(value = OrganizationView.Page.class, responseCode = "200", responseDescription = "A page of organizations")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public OrganizationView.Page list(@Parameter(description = "Text in the name") @QueryParam("q") String text,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "path (tree order, the default) or name; a leading - sorts descending")
            @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        Parameters.Sort<OrganizationQuery.SortField> order = parameters.sort(sort, SORTS, OrganizationQuery.SortField.PATH);
        parameters.validate();
        OrganizationQuery query = new OrganizationQuery(text, order.field(), order.descending());
        return new OrganizationView.Page(organizations.page(query, paging.first(), paging.size()).stream()
                .map(OrganizationView::of).toList(), organizations.count(query));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrganization", summary = "Create an organization below another one of the caller's scope")
    @APIResponseSchema(value = OrganizationView.class, responseCode = "201", responseDescription = "The new organization")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = "The parent does not exist or lies outside the caller's scope")
    @RequestBodySchema(NewOrganization.class)
    public Response create(JsonBody body) {
        NewOrganization request = NewOrganization.from(JsonBody.present(body));
        long id = organizations.create(request.parentId(), request.name());
        return Created.at(uri, id, OrganizationView.of(organizations.get(id)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganization", summary = "One organization")
    @APIResponseSchema(value = OrganizationView.class, responseCode = "200", responseDescription = "The organization")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public OrganizationView get(@PathParam("id") long id) {
        return OrganizationView.of(organizations.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeOrganization", summary = "Rename or move an organization",
            description = "Both or neither: a refused move keeps the old name too.")
    @APIResponseSchema(value = OrganizationView.class, responseCode = "200", responseDescription = "The organization after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(OrganizationChanges.class)
    public OrganizationView change(@PathParam("id") long id, JsonBody body) {
        OrganizationChanges changes = OrganizationChanges.from(JsonBody.present(body));
        organizations.update(id, changes.version(), changes.name(), changes.parentId());
        return OrganizationView.of(organizations.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteOrganization", summary = "Delete an empty organization",
            description = "One with people, sub-organizations, groups or courses"
            + " is refused (403 refused).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response delete(@PathParam("id") long id) {
        organizations.delete(id);
        return Response.noContent().build();
    }
}

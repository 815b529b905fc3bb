package org.lms.web.api.permissions;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.Decision;
import org.lms.service.permissions.PermissionExplainer;
import org.lms.service.permissions.TargetType;
import org.lms.web.api.support.ApiLanguage;
import org.lms.web.api.support.Parameters;

/** The permission core's decision for a person, a privilege and a target, with its reasons. */
@Path("v1/permissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permissions")
public class PermissionsResource {

    @Inject
    private PermissionExplainer explainer;

    @Context
    private HttpHeaders headers;

    /** One sentence of a decision. */
    @Schema(name = "Reason")
    public record ReasonView(@Schema(description = "Stable key of the sentence") String key, String message) {
    }

    /** Whether the person may, and why. */
    @Schema(name = "Decision")
    public record DecisionView(boolean allowed, List<ReasonView> reasons) {
    }

    @GET
    @Path("explain")
    @Operation(operationId = "explainPermission", summary = "Explain a permission decision",
            description = "For a person of the caller's scope, a privilege and an optional target: the decision and its"
                    + " reasons (role, privilege, scope, rules). Needs Manage users or Manage roles; the person and the"
                    + " target must lie in the caller's scope (404 otherwise).")
    @APIResponseSchema(value = DecisionView.class, responseCode = "200", responseDescription = "The decision")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = "404", description = "The person or the target does not exist or lies outside the caller's scope")
    public DecisionView explain(@Parameter(description = "The person", required = true) @QueryParam("userId") String userId,
            @Parameter(description = "A privilege key", required = true) @QueryParam("privilege") String privilege,
            @Parameter(description = "USER, ORGANIZATION, GROUP, COURSE, ROLE or ACCOUNT") @QueryParam("targetType") String targetType,
            @Parameter(description = "The target's id") @QueryParam("targetId") String targetId) {
        Parameters parameters = new Parameters();
        long user = parameters.requiredNumber("userId", userId);
        Privilege wanted = parameters.choice("privilege", privilege, Privilege.class);
        TargetType type = parameters.choice("targetType", targetType, TargetType.class);
        Long target = parameters.number("targetId", targetId);
        parameters.validate();
        Decision decision = explainer.explain(user, wanted, type, target);
        Locale language = ApiLanguage.of(headers::getAcceptableLanguages);
        return new DecisionView(decision.allowed(),
                decision.reasons().stream().map(r -> new ReasonView(r.key(), r.message(language))).toList());
    }
}

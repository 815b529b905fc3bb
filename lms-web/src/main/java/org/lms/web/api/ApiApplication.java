package org.lms.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API. Its resources live under {@code /api/v1}; the application takes all of
 * {@code /api/} so that any address there, known or not, answers in the API's JSON error shape.
 * Resources only translate between HTTP and the services, which make every decision.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "LMS API", version = "1",
                description = "Users, organizations, groups, roles, permissions, courses, learning and the audit log of the learning management"
                        + " system, under exactly the rules of the portal's pages. Authenticate with POST /api/v1/tokens and send"
                        + " 'Authorization: Bearer <token>'. Errors always have the shape {\"error\": {\"code\", \"message\","
                        + " \"fields\"}}. Objects outside the caller's organization scope answer 404, as if they did not exist."),
        security = @SecurityRequirement(name = ApiDoc.BEARER),
        tags = {
            @Tag(name = "Tokens", description = "Sign in and out with bearer tokens"),
            @Tag(name = "Me", description = "The signed-in person"),
            @Tag(name = "Users", description = "People of the caller's scope"),
            @Tag(name = "Organizations", description = "The organization tree of the caller's scope"),
            @Tag(name = "Groups", description = "Groups and their members"),
            @Tag(name = "Roles", description = "Built-in and custom roles"),
            @Tag(name = "Permissions", description = "Privileges and the permission core's decisions"),
            @Tag(name = "Courses", description = "Courses, their lessons, assignments and learners"),
            @Tag(name = "My learning", description = "The signed-in person's courses and lessons"),
            @Tag(name = "Discussion", description = "Threads and replies of a course's discussion, and their moderation"),
            @Tag(name = "Grading", description = "What learners handed in for assignments, and its grades"),
            @Tag(name = "Reports", description = "Progress, overdue courses and organization summaries of the caller's scope"),
            @Tag(name = "Audit", description = "Who changed what, and which attempts were refused"),
            @Tag(name = "Health", description = "Whether the server answers")
        })
@SecurityScheme(securitySchemeName = ApiDoc.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/tokens")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey's ServletProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR: error statuses are set, not
        // sent as container errors, so web.xml's HTML error pages never replace an API answer.
        return Map.of("jersey.config.servlet.response.setStatusOverSendError", true);
    }
}

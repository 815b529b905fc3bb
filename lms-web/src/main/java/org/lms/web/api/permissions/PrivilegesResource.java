package org.lms.web.api.permissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.roles.Privilege;
import org.lms.web.api.support.ApiLanguage;
import org.lms.web.api.support.ApiText;

/** The privileges there are, in the words of the portal's role editor. Anyone signed in may read them. */
@Path("v1/privileges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permissions")
public class PrivilegesResource {

    @Context
    private HttpHeaders headers;

    /** A privilege, named and described in the request's language. */
    @Schema(name = "Privilege")
    public record PrivilegeView(String key, String name, String description,
            @Schema(description = "SELF, LEARNING, CONTENT, REPORTS, PEOPLE or ACCOUNT") String category) {
    }

    /** Every privilege. */
    @Schema(name = "PrivilegeList")
    public record PrivilegeList(List<PrivilegeView> items, long total) {
    }

    @GET
    @Operation(operationId = "listPrivileges", summary = "Every privilege with a description",
            description = "Custom roles are composed of these keys.")
    @APIResponseSchema(value = PrivilegeList.class, responseCode = "200", responseDescription = "All privileges")
    public PrivilegeList privileges() {
        Locale language = ApiLanguage.of(headers::getAcceptableLanguages);
        List<PrivilegeView> items = java.util.Arrays.stream(Privilege.values())
                .map(p -> new PrivilegeView(p.name(), ApiText.text(p.labelKey(), language), ApiText.text(p.descriptionKey(), language),
                        p.category().name()))
                .toList();
        return new PrivilegeList(items, items.size());
    }
}

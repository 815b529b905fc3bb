package org.lms.web.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.web.api.ApiDoc;

/**
 * Whether the server answers at all: no token, no database. Load balancers ask it, and it is the
 * baseline the API's throughput is measured against.
 */
@Path("v1/health")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {

    private static final Health UP = new Health("UP");

    /** The answer: always {@code UP} while the server answers. */
    public record Health(String status) {
    }

    @GET
    @Operation(operationId = "health", summary = "Whether the server answers", description = "Needs no token and touches no database.")
    @Extension(name = ApiDoc.PUBLIC, value = "true")
    @APIResponseSchema(value = Health.class, responseCode = "200", responseDescription = "The server answers")
    public Health health() {
        return UP;
    }
}

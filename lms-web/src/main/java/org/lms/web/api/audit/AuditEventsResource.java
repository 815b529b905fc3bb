package org.lms.web.api.audit;

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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.domain.audit.AuditOutcome;
import org.lms.service.audit.AuditEntry;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditQuery;
import org.lms.service.audit.AuditTrail;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;

/** The audit log of the caller's scope, newest first. */
@Path("v1/audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditEventsResource {

    @Inject
    private AuditTrail trail;

    /** Who did what to whom, and whether it was done or refused. */
    @Schema(name = "AuditEvent")
    public record AuditEventView(long id, @Schema(type = SchemaType.STRING, format = "date-time") Instant occurredAt,
            @Schema(description = "Name and email of the person who acted, or system") String actor,
            @Schema(description = "What happened, such as USER_CREATED or ROLE_CHANGED") String kind,
            String targetType, Long targetId, @Schema(description = "The object as it was named then") String target,
            @Schema(type = SchemaType.STRING, enumeration = {"DONE", "REFUSED"}) AuditOutcome outcome, String before, String after,
            @Schema(description = "Why a refused attempt was refused") String reason) {

        static AuditEventView of(AuditEntry e) {
            return new AuditEventView(e.id(), e.occurredAt(), e.actor(), e.kind(), e.targetType(), e.targetId(), e.target(),
                    e.outcome(), e.before(), e.after(), e.reason());
        }
    }

    /** A page of audit events and how many there are in all. */
    @Schema(name = "AuditEventList")
    public record Page(List<AuditEventView> items, long total) {
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Read the audit log",
            description = "Events about objects of the caller's scope, newest first;"
            + " account-wide events (roles, settings) only for account-wide readers.")
    @APIResponseSchema(value = Page.class, responseCode = "200", responseDescription = "A page of events")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public Page list(@Parameter(description = "Text in the actor's name or email") @QueryParam("actor") String actor,
            @Parameter(description = "Text in the target's name") @QueryParam("target") String target,
            @Parameter(description = "An event kind, such as USER_CREATED") @QueryParam("kind") String kind,
            @Parameter(description = "DONE or REFUSED") @QueryParam("outcome") String outcome,
            @Parameter(description = "Events at or after this instant (ISO-8601)") @QueryParam("from") String from,
            @Parameter(description = "Events before this instant (ISO-8601)") @QueryParam("to") String to,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "The log has one order: -occurredAt (newest first)") @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        parameters.fixedOrder(sort, "-occurredAt");
        AuditQuery query = new AuditQuery(actor, target, parameters.choice("kind", kind, AuditKind.class),
                parameters.choice("outcome", outcome, AuditOutcome.class), parameters.instant("from", from),
                parameters.instant("to", to));
        parameters.validate();
        List<AuditEventView> items = trail.page(query, paging.first(), paging.size()).stream().map(AuditEventView::of).toList();
        return new Page(items, trail.count(query));
    }
}

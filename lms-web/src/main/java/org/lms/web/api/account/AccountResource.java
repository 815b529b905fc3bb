package org.lms.web.api.account;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.account.AccountSettings;
import org.lms.service.account.AccountSettingsService;
import org.lms.service.account.MembershipService;
import org.lms.service.account.OwnershipTransfer;
import org.lms.web.api.support.JsonBody;

/**
 * The account itself: its settings (Administrators and the Owner), its membership and the
 * ownership transfer (the Owner alone, Table 1's last row). The services decide; a caller
 * without the privilege gets 403.
 */
@Path("v1/account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class AccountResource {

    private static final List<String> SETTINGS_FIELDS = List.of("name", "defaultLocale", "defaultTimeZone",
            "passwordMinLength", "passwordNeedsMix", "sessionTimeoutMinutes", "lockoutThreshold", "lockoutMinutes",
            "learnersSeeOrganizationReports", "selfRegistration", "version");

    @Inject
    private AccountSettingsService settings;

    @Inject
    private MembershipService membership;

    @Inject
    private OwnershipTransfer ownership;

    /** PUT /account/membership. */
    @Schema(name = "MembershipChange")
    public record MembershipChange(@Schema(required = true) String plan,
            @Schema(required = true, description = "0 means no limit") int seatLimit,
            @Schema(description = "null or absent: none") String billingContact,
            @Schema(required = true) long version) {
    }

    /** POST /account/membership/cancellation. */
    @Schema(name = "Cancellation")
    public record Cancellation(@Schema(required = true, description = "The account's name, typed as a confirmation") String confirmation) {
    }

    /** POST /account/ownership-transfer. */
    @Schema(name = "OwnershipTransfer")
    public record Transfer(@Schema(required = true, description = "An active Administrator") long administratorId) {
    }

    @GET
    @Path("settings")
    @Operation(operationId = "getAccountSettings", summary = "The account's settings")
    @APIResponseSchema(value = AccountSettingsView.class, responseCode = "200", responseDescription = "The settings")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public AccountSettingsView settings() {
        return AccountSettingsView.of(settings.settings());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAccountSettings", summary = "Change the account's settings",
            description = "Every field together, with the version read before. Audited with before and after.")
    @APIResponseSchema(value = AccountSettingsView.class, responseCode = "200", responseDescription = "The settings after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(AccountSettingsView.class)
    public AccountSettingsView replaceSettings(JsonBody json) {
        JsonBody body = JsonBody.present(json).accept(SETTINGS_FIELDS);
        AccountSettings wanted = new AccountSettings(body.text("name"), body.text("defaultLocale"), body.text("defaultTimeZone"),
                body.requiredInt("passwordMinLength"), body.requiredFlag("passwordNeedsMix"),
                body.requiredInt("sessionTimeoutMinutes"), body.requiredInt("lockoutThreshold"), body.requiredInt("lockoutMinutes"),
                body.requiredFlag("learnersSeeOrganizationReports"), body.requiredFlag("selfRegistration"),
                body.requiredNumber("version"));
        body.validate();
        settings.update(wanted);
        return settings();
    }

    @GET
    @Path("membership")
    @Operation(operationId = "getMembership", summary = "The account's membership", description = "The Account Owner alone.")
    @APIResponseSchema(value = MembershipView.class, responseCode = "200", responseDescription = "The membership")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public MembershipView membership() {
        return MembershipView.of(membership.membership());
    }

    @PUT
    @Path("membership")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceMembership", summary = "Change plan, seat limit and billing contact",
            description = "The Account Owner alone. A seat limit below the active people today is allowed: it stops new"
            + " people until seats are free. Status changes by cancellation and renewal only.")
    @APIResponseSchema(value = MembershipView.class, responseCode = "200", responseDescription = "The membership after the change")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = CONFLICT, description = CONFLICT_TEXT)
    @RequestBodySchema(MembershipChange.class)
    public MembershipView replaceMembership(JsonBody json) {
        JsonBody body = JsonBody.present(json).accept(List.of("plan", "seatLimit", "billingContact", "version"),
                List.of("status", "seatsUsed"));
        MembershipChange change = new MembershipChange(body.text("plan"), body.requiredInt("seatLimit"),
                body.text("billingContact"), body.requiredNumber("version"));
        body.validate();
        membership.update(change.plan(), change.seatLimit(), change.billingContact(), change.version());
        return membership();
    }

    @POST
    @Path("membership/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelMembership", summary = "Cancel the membership",
            description = "The Account Owner alone, confirming with the account's name. The data stays; from then on"
            + " only the Owner signs in, and everyone else's tokens and sessions stop working.")
    @APIResponseSchema(value = MembershipView.class, responseCode = "200", responseDescription = "The cancelled membership")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @RequestBodySchema(Cancellation.class)
    public MembershipView cancel(JsonBody json) {
        JsonBody body = JsonBody.present(json).accept(List.of("confirmation"));
        String confirmation = body.text("confirmation");
        body.validate();
        membership.cancel(confirmation);
        return membership();
    }

    @POST
    @Path("membership/renewal")
    @Operation(operationId = "renewMembership", summary = "Renew a cancelled membership",
            description = "The Account Owner alone; everyone can sign in again.")
    @APIResponseSchema(value = MembershipView.class, responseCode = "200", responseDescription = "The renewed membership")
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public MembershipView renew() {
        membership.renew();
        return membership();
    }

    @POST
    @Path("ownership-transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transferOwnership", summary = "Hand the account to an Administrator",
            description = "The Account Owner alone. The Administrator becomes the Owner and the Owner an Administrator,"
            + " in one step; there is always exactly one Owner.")
    @APIResponse(responseCode = "204", description = "Transferred")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT + " Or the person is not an active Administrator.")
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    @RequestBodySchema(Transfer.class)
    public Response transfer(JsonBody json) {
        JsonBody body = JsonBody.present(json).accept(List.of("administratorId"));
        long administratorId = body.requiredNumber("administratorId");
        body.validate();
        ownership.transferTo(administratorId);
        return Response.noContent().build();
    }
}

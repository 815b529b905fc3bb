package org.lms.web.api.tokens;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.security.SignInOutcome;
import org.lms.service.security.TokenCredential;
import org.lms.service.security.TokenService;
import org.lms.web.api.ApiDoc;
import org.lms.web.api.support.ApiFailure;
import org.lms.web.api.support.ApiLanguage;
import org.lms.web.api.support.ApiText;
import org.lms.web.api.support.JsonBody;

/**
 * Bearer tokens: issued for an email and password (which count towards the sign-in throttle like
 * the sign-in page), revoked by their holder. The token text exists only in this answer; the
 * server keeps a hash.
 */
@Path("v1/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class TokensResource {

    private static final String BEARER = "Bearer ";

    @Inject
    private TokenService tokens;

    @Context
    private HttpHeaders headers;

    /** The sign-in of an API client. */
    @Schema(name = "TokenRequest")
    public record Credentials(@Schema(required = true) String email, @Schema(required = true) String password) {

        static Credentials from(JsonBody body) {
            body.accept(List.of("email", "password"));
            Credentials credentials = new Credentials(body.text("email"), body.text("password"));
            body.validate();
            return credentials;
        }

        @Override
        public String toString() {
            return "Credentials[" + email + "]";
        }
    }

    /** A new token and the moment it stops working. */
    @Schema(name = "Token")
    public record Token(String token, @Schema(type = SchemaType.STRING, format = "date-time") Instant expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = ApiDoc.PUBLIC, value = "true")
    @Operation(operationId = "issueToken", summary = "Issue a bearer token",
            description = "Checks the password like the sign-in page, including its throttle: ten failed attempts for an email"
                    + " lock it for fifteen minutes (429). Wrong email, wrong password and a deactivated user get the same 401."
                    + " A token lasts lms.token.hours (default 8) and ends early when revoked, when its user is deactivated"
                    + " or when their password changes.")
    @APIResponseSchema(value = Token.class, responseCode = "201", responseDescription = "The token, shown only this once")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = "401", description = "Email or password not correct (code invalid_credentials)")
    @APIResponse(responseCode = "403", description = "The account's membership is cancelled: only its Owner signs in"
            + " (code account_cancelled)")
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this email (code locked); Retry-After gives"
            + " the seconds to wait")
    @RequestBodySchema(Credentials.class)
    public Response issue(JsonBody body) {
        Credentials credentials = Credentials.from(JsonBody.present(body));
        TokenService.TokenOutcome outcome = tokens.issue(credentials.email(), credentials.password());
        Locale language = ApiLanguage.of(headers::getAcceptableLanguages);
        SignInOutcome signIn = outcome.signIn();
        return switch (signIn.result()) {
            case SIGNED_IN -> Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                    .entity(new Token(outcome.token().token(), outcome.token().expiresAt())).build();
            case LOCKED -> ApiFailure.of(429, "locked", ApiText.LOCKED.in(language, signIn.lockedMinutes()), Map.of())
                    .withHeader("Retry-After", Long.toString(Math.max(1, signIn.lockedFor().toSeconds()))).toResponse();
            case INVALID -> ApiFailure.of(401, "invalid_credentials", ApiText.INVALID_CREDENTIALS.in(language), Map.of())
                    .toResponse();
            case ACCOUNT_CANCELLED -> ApiFailure.of(403, "account_cancelled", ApiText.ACCOUNT_CANCELLED.in(language), Map.of())
                    .toResponse();
        };
    }

    @DELETE
    @Path("current")
    @Operation(operationId = "revokeToken", summary = "Revoke the token of this request",
            description = "The token stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revokeCurrent() {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            tokens.revoke(new TokenCredential(authorization.substring(BEARER.length()).strip()));
        }
        return Response.noContent().build();
    }
}

package org.lms.web.api;

/** Names shared by the OpenAPI annotations of the resources. */
public final class ApiDoc {

    public static final String BEARER = "bearer";
    /** Marks an operation that needs no token; {@link ErrorResponsesFilter} turns it into {@code security: []}. */
    public static final String PUBLIC = "x-lms-public";
    /**
     * Names the schema of an operation's {@code multipart/form-data} body, which it takes beside its
     * JSON body; {@link ErrorResponsesFilter} describes it. Payara 6 puts one media type object under
     * every type a method consumes, so a schema per type cannot be annotated on the method itself.
     */
    public static final String FORM = "x-lms-form";

    public static final String OK = "200";
    public static final String CREATED = "201";
    public static final String NO_CONTENT = "204";

    public static final String BAD_REQUEST = "400";
    public static final String BAD_REQUEST_TEXT = "Invalid input (code invalid_input, malformed_json or request_too_large);"
            + " fields names each wrong field or parameter";
    public static final String UNAUTHORIZED = "401";
    public static final String UNAUTHORIZED_TEXT = "No valid bearer token (code unauthorized)";
    public static final String FORBIDDEN = "403";
    public static final String FORBIDDEN_TEXT = "The caller's role lacks the privilege (code forbidden), or a rule refuses"
            + " this case (code refused, with the reason as message)";
    public static final String NOT_FOUND = "404";
    public static final String NOT_FOUND_TEXT = "No such object, or it lies outside the caller's scope (code not_found)";
    public static final String CONFLICT = "409";
    public static final String CONFLICT_TEXT = "A duplicate (such as an email in use) or a stale version (code conflict)";

    private ApiDoc() {
    }
}

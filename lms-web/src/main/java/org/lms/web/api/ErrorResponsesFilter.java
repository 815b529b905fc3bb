package org.lms.web.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document the server builds from the resources' annotations
 * (registered in META-INF/microprofile-config.properties):
 *
 * <ul>
 * <li>error answers, which the resources name by status and meaning only, get the {@code Error}
 * body; every operation that needs a token gets its 401 and every operation its 500;</li>
 * <li>operations marked {@link ApiDoc#PUBLIC} need no token ({@code security: [{}]});</li>
 * <li>operations marked {@link ApiDoc#FORM} also take their body as {@code multipart/form-data},
 * of the schema the mark names;</li>
 * <li>what the server adds on its own is tidied: every tag once, no schemas for the classes that
 * read request bodies, no annotation defaults (such as {@code maxProperties: 0}) that would
 * say something the API does not mean.</li>
 * </ul>
 */
public class ErrorResponsesFilter implements OASFilter {

    /** Classes of the HTTP layer the server takes for request schemas; the resources name the real ones. */
    private static final Set<String> INTERNAL_SCHEMAS = Set.of("JsonBody", "ApiText", "Message");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean isPublic = takeMark(operation, ApiDoc.PUBLIC) != null;
        Object form = takeMark(operation, ApiDoc.FORM);
        if (form != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            // A media type of its own: the one the server made is shared with the JSON body.
            operation.getRequestBody().getContent().addMediaType(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(form.toString())));
        }
        if (isPublic) {
            // One empty requirement: the operation may be called without any credentials.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        if (!isPublic && !responses.hasAPIResponse(ApiDoc.UNAUTHORIZED)) {
            responses.addAPIResponse(ApiDoc.UNAUTHORIZED, OASFactory.createAPIResponse().description(ApiDoc.UNAUTHORIZED_TEXT));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse()
                    .description("A fault of the server (code internal_error); the message gives an incident id"));
        }
        Map<String, APIResponse> all = responses.getAPIResponses();
        if (all != null) {
            all.forEach((status, response) -> {
                if ((status.startsWith("4") || status.startsWith("5")) && (response.getContent() == null
                        || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(errorContent());
                }
            });
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            // The server offers the reader's own class under */* beside the documented application/json.
            operation.getRequestBody().getContent().removeMediaType("*/*");
        }
        return operation;
    }

    /**
     * The value of the operation's mark {@code name} (an extension), removing the mark; null when it
     * has none. The server copies a method's extensions onto its responses, so they are looked for,
     * and removed, there too.
     */
    private static Object takeMark(Operation operation, String name) {
        Object value = null;
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(name)) {
            value = operation.getExtensions().get(name);
            operation.removeExtension(name);
        }
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        if (responses != null) {
            for (APIResponse response : responses.values()) {
                if (response.getExtensions() != null && response.getExtensions().containsKey(name)) {
                    value = value == null ? response.getExtensions().get(name) : value;
                    response.removeExtension(name);
                }
            }
        }
        return value;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        // A date-time or a list of names is text, whatever type the server guessed from the Java class.
        boolean listsNames = schema.getEnumeration() != null && !schema.getEnumeration().isEmpty();
        if (schema.getType() == Schema.SchemaType.OBJECT && ("date-time".equals(schema.getFormat()) || listsNames)) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Set<String> seen = new HashSet<>();
            List<Tag> once = new ArrayList<>();
            for (Tag tag : openAPI.getTags()) {
                // The described tags of the application come first; the bare ones of the classes repeat them.
                if (seen.add(tag.getName())) {
                    once.add(tag);
                }
            }
            openAPI.setTags(once);
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            INTERNAL_SCHEMAS.forEach(openAPI.getComponents()::removeSchema);
            linkRequestBodies(openAPI);
        }
    }

    /**
     * Points request bodies at their schemas. Payara resolves {@code @RequestBodySchema} only when
     * the schema happens to be known already, and otherwise leaves a bare {@code object}; it does
     * keep the class it was given, which names the schema.
     */
    private void linkRequestBodies(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                        || operation.getRequestBody().getContent().getMediaTypes() == null) {
                    continue;
                }
                for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                    Schema schema = media.getSchema();
                    String name = schema == null || schema.getRef() != null ? null : schemaName(schema);
                    if (name != null && openAPI.getComponents().getSchemas().containsKey(name)) {
                        media.setSchema(OASFactory.createSchema().ref(name));
                        // Every body of this API is required.
                        operation.getRequestBody().setRequired(true);
                    }
                }
            }
        }
    }

    /** The component name of the class a schema was made from, if the server kept it. */
    private String schemaName(Schema schema) {
        try {
            Object implementation = schema.getClass().getMethod("getImplementation").invoke(schema);
            if (!(implementation instanceof String className)) {
                return null;
            }
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            org.eclipse.microprofile.openapi.annotations.media.Schema named =
                    type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notKnown) {
            return null;
        }
    }

    private static Content errorContent() {
        Schema error = OASFactory.createSchema().ref("Error");
        MediaType json = OASFactory.createMediaType().schema(error);
        return OASFactory.createContent().addMediaType("application/json", json);
    }
}

package org.lms.web.api.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's own texts: errors the HTTP layer finds before any service is called. They live in the
 * portal's resource bundle ({@code api.*} keys) in English and German; the services' reasons come
 * from the services.
 */
public enum ApiText {
    MALFORMED_JSON("api.error.malformedJson"),
    BODY_REQUIRED("api.error.bodyRequired"),
    NOT_AN_OBJECT("api.error.notAnObject"),
    TOO_DEEP("api.error.tooDeep"),
    NUMBER_TOO_LONG("api.error.numberTooLong"),
    TOO_LARGE("api.error.tooLarge"),
    INVALID_INPUT("api.error.invalidInput"),
    CONFLICT("api.error.conflict"),
    FORBIDDEN("api.error.forbidden"),
    NOT_FOUND("api.error.notFound"),
    NO_SUCH_RESOURCE("api.error.noSuchResource"),
    METHOD_NOT_ALLOWED("api.error.methodNotAllowed"),
    UNSUPPORTED_MEDIA_TYPE("api.error.unsupportedMediaType"),
    NOT_ACCEPTABLE("api.error.notAcceptable"),
    BAD_REQUEST("api.error.badRequest"),
    UNAUTHORIZED("api.error.unauthorized"),
    INVALID_CREDENTIALS("api.error.invalidCredentials"),
    LOCKED("api.error.locked"),
    ACCOUNT_CANCELLED("api.error.accountCancelled"),
    INTERNAL("api.error.internal"),

    FIELD_REQUIRED("api.field.required"),
    FIELD_TEXT("api.field.text"),
    FIELD_WHOLE_NUMBER("api.field.wholeNumber"),
    FIELD_OUT_OF_RANGE("api.field.outOfRange"),
    FIELD_BOOLEAN("api.field.boolean"),
    FIELD_TEXTS("api.field.texts"),
    FIELD_TEXT_MAP("api.field.textMap"),
    FIELD_OBJECTS("api.field.objects"),
    FIELD_NUMBERS("api.field.numbers"),
    FIELD_UNKNOWN("api.field.unknown"),
    FIELD_READ_ONLY("api.field.readOnly"),
    FIELD_ONE_OF("api.field.oneOf"),
    FIELD_EITHER("api.field.either"),
    FIELD_PAGE("api.field.page"),
    FIELD_SIZE("api.field.size"),
    FIELD_INSTANT("api.field.instant"),
    FIELD_RANGE("api.field.range"),
    FIELD_MONTH("api.field.month"),
    FIELD_ONCE("api.field.once"),
    FIELD_PART_TOO_LARGE("api.field.partTooLarge"),

    TARGET_USER("api.target.USER"),
    TARGET_ORGANIZATION("api.target.ORGANIZATION"),
    TARGET_GROUP("api.target.GROUP"),
    TARGET_COURSE("api.target.COURSE"),
    TARGET_LESSON("api.target.LESSON"),
    TARGET_QUESTION("api.target.QUESTION"),
    TARGET_ATTEMPT("api.target.ATTEMPT"),
    TARGET_POST("api.target.POST"),
    TARGET_ASSIGNMENT("api.target.ASSIGNMENT"),
    TARGET_SUBMISSION("api.target.SUBMISSION"),
    TARGET_ROLE("api.target.ROLE"),
    TARGET_ACCOUNT("api.target.ACCOUNT");

    static final String BUNDLE = "org.lms.web.i18n.messages";

    /** Never fall back to the server's own default language: English is the bundle's base. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String key;

    ApiText(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public String in(Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, ApiText.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Any text of the portal's bundle, such as a privilege's name, in the same way. */
    public static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ApiText.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}

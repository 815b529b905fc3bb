package org.lms.web.api.users;

/**
 * Which of a user's fields the caller sees in API answers. Id and version are always there; every
 * other field passes through here, so the per-role profile-field rules (hidden, read-only,
 * editable) can leave fields out in one place once the services provide them. Today every
 * caller who may read a user sees all of these fields.
 */
@FunctionalInterface
public interface UserFieldPolicy {

    enum Field { EMAIL, NAME, ORGANIZATION, ROLE, STATUS, REPORT_ACCESS, LOCALE, TIME_ZONE, CREATED_AT, LAST_SIGN_IN_AT }

    UserFieldPolicy ALL_FIELDS = field -> true;

    boolean shows(Field field);

    /** The value when the field is shown, else null (which the JSON answer leaves out). */
    default <T> T show(Field field, T value) {
        return shows(field) ? value : null;
    }
}

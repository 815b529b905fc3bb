package org.lms.web.api.users;

import static org.lms.web.api.users.UserFieldPolicy.Field.CREATED_AT;
import static org.lms.web.api.users.UserFieldPolicy.Field.EMAIL;
import static org.lms.web.api.users.UserFieldPolicy.Field.LAST_SIGN_IN_AT;
import static org.lms.web.api.users.UserFieldPolicy.Field.LOCALE;
import static org.lms.web.api.users.UserFieldPolicy.Field.NAME;
import static org.lms.web.api.users.UserFieldPolicy.Field.ORGANIZATION;
import static org.lms.web.api.users.UserFieldPolicy.Field.REPORT_ACCESS;
import static org.lms.web.api.users.UserFieldPolicy.Field.ROLE;
import static org.lms.web.api.users.UserFieldPolicy.Field.STATUS;
import static org.lms.web.api.users.UserFieldPolicy.Field.TIME_ZONE;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.profiles.StandardField;
import org.lms.domain.users.UserStatus;
import org.lms.service.users.UserDetails;
import org.lms.service.users.UserRow;
import org.lms.web.api.support.OrganizationRef;
import org.lms.web.api.support.RoleRef;

/**
 * A user in API answers. Fields without a value, and fields the caller may not see, are left
 * out. Lists carry fewer fields than a single user (no path, settings, creation time or version).
 */
@Schema(name = "User")
@JsonbPropertyOrder({"id", "email", "name", "organization", "role", "status", "mayViewOrganizationReports", "locale",
        "timeZone", "createdAt", "lastSignInAt", "jobTitle", "department", "phone", "managerId", "hireDate", "employeeId",
        "profile", "version"})
public record UserView(long id, String email, String name, OrganizationRef organization, RoleRef role,
        @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "DEACTIVATED"}) UserStatus status,
        @Schema(description = "Whether this learner may see their organization's reports, if the account allows it")
        Boolean mayViewOrganizationReports,
        String locale, String timeZone,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time") Instant lastSignInAt,
        @Schema(description = "Send it back with PATCH: a change made meanwhile by someone else answers 409") Long version,
        String jobTitle, String department, String phone,
        @Schema(description = "The id of the person's manager") Long managerId,
        @Schema(type = SchemaType.STRING, format = "date") String hireDate, String employeeId,
        @Schema(description = "Custom profile fields with a value, by key") java.util.Map<String, String> profile) {

    static UserView of(UserDetails user, UserFieldPolicy policy) {
        return new UserView(user.id(), policy.show(EMAIL, user.email()), policy.show(NAME, user.name()),
                policy.show(ORGANIZATION, new OrganizationRef(user.organizationId(), user.organizationName(), user.organizationPath())),
                policy.show(ROLE, new RoleRef(user.roleId(), user.roleKey() == null ? null : user.roleKey().name(), user.roleName())),
                policy.show(STATUS, user.status()), policy.show(REPORT_ACCESS, user.mayViewOrganizationReports()),
                policy.show(LOCALE, user.locale()), policy.show(TIME_ZONE, user.timeZone()),
                policy.show(CREATED_AT, user.createdAt()), policy.show(LAST_SIGN_IN_AT, user.lastSignInAt()), user.version(),
                // Profile fields the caller's role does not see are not in the details at all.
                ProfileJson.value(user.profile(), StandardField.JOB_TITLE), ProfileJson.value(user.profile(), StandardField.DEPARTMENT),
                ProfileJson.value(user.profile(), StandardField.PHONE), ProfileJson.managerId(user.profile()),
                ProfileJson.value(user.profile(), StandardField.HIRE_DATE), ProfileJson.value(user.profile(), StandardField.EMPLOYEE_ID),
                ProfileJson.custom(user.profile()));
    }

    static UserView of(UserRow user, UserFieldPolicy policy) {
        return new UserView(user.id(), policy.show(EMAIL, user.email()), policy.show(NAME, user.name()),
                policy.show(ORGANIZATION, new OrganizationRef(user.organizationId(), user.organizationName(), null)),
                policy.show(ROLE, new RoleRef(user.roleId(), user.roleKey() == null ? null : user.roleKey().name(), user.roleName())),
                policy.show(STATUS, user.status()), null, null, null, null, policy.show(LAST_SIGN_IN_AT, user.lastSignInAt()), null,
                // The list's rows carry only the profile columns the caller's role sees.
                user.jobTitle(), user.department(), user.phone(), null,
                user.hireDate() == null ? null : user.hireDate().toString(), user.employeeId(),
                user.custom().isEmpty() ? null : user.custom());
    }
}

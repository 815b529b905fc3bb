package org.lms.web.api.me;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.domain.roles.Privilege;
import org.lms.domain.profiles.StandardField;
import org.lms.service.profiles.Profile;
import org.lms.service.users.MyProfile;
import org.lms.web.api.users.ProfileJson;
import org.lms.web.api.support.OrganizationRef;
import org.lms.web.api.support.RoleRef;

/** The signed-in person. */
@Schema(name = "Me")
@JsonbPropertyOrder({"id", "email", "name", "role", "organization", "privileges", "locale", "timeZone", "jobTitle", "department",
        "phone", "managerId", "hireDate", "employeeId", "profile"})
public record MeView(long id, String email, String name, RoleRef role, OrganizationRef organization,
        @Schema(description = "The privileges of the person's role") List<String> privileges,
        @Schema(description = "Chosen language (en, de); absent: the account's default") String locale,
        @Schema(description = "Chosen time zone, such as Europe/Berlin; absent: the account's default") String timeZone,
        String jobTitle, String department, String phone,
        @Schema(description = "The id of the person's manager") Long managerId,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "date") String hireDate,
        String employeeId,
        @Schema(description = "Custom profile fields with a value, by key") java.util.Map<String, String> profile) {

    /** {@code profile}: the person's profile fields as their own role sees them (hidden ones are absent), or null. */
    static MeView of(MyProfile me, Profile profile) {
        // In the enum's order, so the list reads the same every time.
        List<String> privileges = java.util.Arrays.stream(Privilege.values()).map(Enum::name)
                .filter(me.privileges()::contains).toList();
        return new MeView(me.id(), me.email(), me.name(), new RoleRef(me.roleId(), me.roleKey(), me.roleName()),
                new OrganizationRef(me.organizationId(), me.organizationName(), me.organizationPath()), privileges,
                me.locale(), me.timeZone(), ProfileJson.value(profile, StandardField.JOB_TITLE),
                ProfileJson.value(profile, StandardField.DEPARTMENT), ProfileJson.value(profile, StandardField.PHONE),
                ProfileJson.managerId(profile), ProfileJson.value(profile, StandardField.HIRE_DATE),
                ProfileJson.value(profile, StandardField.EMPLOYEE_ID), ProfileJson.custom(profile));
    }
}

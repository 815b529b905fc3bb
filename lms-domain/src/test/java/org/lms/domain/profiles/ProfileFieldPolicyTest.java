package org.lms.domain.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;

class ProfileFieldPolicyTest {

    private static ProfileFieldPolicy defaults(BuiltInRole role) {
        return new ProfileFieldPolicy(role.privileges(), Map.of());
    }

    @ParameterizedTest
    @EnumSource(value = BuiltInRole.class, names = {"ORGANIZATION_ADMINISTRATOR", "ADMINISTRATOR", "ACCOUNT_OWNER"})
    void rolesThatManagePeopleEditEveryFieldByDefault(BuiltInRole role) {
        ProfileFieldPolicy policy = defaults(role);
        for (StandardField field : StandardField.values()) {
            assertEquals(FieldAccess.EDITABLE, policy.access(field), role + " " + field);
        }
        assertEquals(FieldAccess.EDITABLE, policy.access("cost_center"));
    }

    @ParameterizedTest
    @EnumSource(value = BuiltInRole.class, names = {"LEARNER", "REPORTER", "INSTRUCTOR", "PUBLISHER"})
    void otherRolesReadTheirContactFieldsAndDoNotSeeTheHireDate(BuiltInRole role) {
        ProfileFieldPolicy policy = defaults(role);
        assertEquals(FieldAccess.EDITABLE, policy.access(StandardField.NAME), "own name changes as before");
        assertEquals(FieldAccess.EDITABLE, policy.access(StandardField.EMAIL), "own email changes as before");
        for (StandardField field : EnumSet.of(StandardField.JOB_TITLE, StandardField.DEPARTMENT, StandardField.PHONE,
                StandardField.MANAGER, StandardField.EMPLOYEE_ID)) {
            assertEquals(FieldAccess.READ_ONLY, policy.access(field), role + " " + field);
        }
        assertEquals(FieldAccess.HIDDEN, policy.access(StandardField.HIRE_DATE));
        assertEquals(FieldAccess.READ_ONLY, policy.access("cost_center"), "custom fields are read-only");
    }

    @Test
    void aCustomRoleFollowsItsPrivileges() {
        ProfileFieldPolicy accountSettings = new ProfileFieldPolicy(EnumSet.of(Privilege.CHANGE_ACCOUNT_SETTINGS), Map.of());
        assertEquals(FieldAccess.EDITABLE, accountSettings.access(StandardField.HIRE_DATE));
        ProfileFieldPolicy nothing = new ProfileFieldPolicy(EnumSet.noneOf(Privilege.class), Map.of());
        assertEquals(FieldAccess.READ_ONLY, nothing.access(StandardField.NAME), "without own settings the name is only read");
        assertEquals(FieldAccess.HIDDEN, nothing.access(StandardField.HIRE_DATE));
    }

    @Test
    void aRuleReplacesTheDefault() {
        ProfileFieldPolicy policy = new ProfileFieldPolicy(BuiltInRole.ORGANIZATION_ADMINISTRATOR.privileges(),
                Map.of("EMPLOYEE_ID", FieldAccess.HIDDEN, "cost_center", FieldAccess.READ_ONLY));
        assertEquals(FieldAccess.HIDDEN, policy.access(StandardField.EMPLOYEE_ID));
        assertFalse(policy.visible("EMPLOYEE_ID"));
        assertEquals(FieldAccess.READ_ONLY, policy.access("cost_center"));
        assertTrue(policy.visible("cost_center"));
        assertFalse(policy.editable("cost_center"));
        assertTrue(policy.ruled("cost_center"));
        assertFalse(policy.ruled("PHONE"));
        assertEquals(FieldAccess.EDITABLE, policy.access(StandardField.PHONE));
    }

    @Test
    void nameAndEmailAreNeverHidden() {
        assertFalse(ProfileFieldPolicy.allowed("NAME", FieldAccess.HIDDEN));
        assertFalse(ProfileFieldPolicy.allowed("EMAIL", FieldAccess.HIDDEN));
        assertTrue(ProfileFieldPolicy.allowed("EMAIL", FieldAccess.READ_ONLY));
        assertTrue(ProfileFieldPolicy.allowed("PHONE", FieldAccess.HIDDEN));
        assertTrue(ProfileFieldPolicy.allowed("cost_center", FieldAccess.HIDDEN));
        // A stored rule that says otherwise (written before the rule existed) still shows the field.
        ProfileFieldPolicy policy = new ProfileFieldPolicy(BuiltInRole.LEARNER.privileges(),
                Map.of("NAME", FieldAccess.HIDDEN, "EMAIL", FieldAccess.READ_ONLY));
        assertEquals(FieldAccess.READ_ONLY, policy.access(StandardField.NAME));
        assertEquals(FieldAccess.READ_ONLY, policy.access(StandardField.EMAIL));
    }

    @Test
    void theRulesOfOtherRolesDoNotApply() {
        Role learner = Role.builtIn(BuiltInRole.LEARNER, "Learner");
        Role publisher = Role.builtIn(BuiltInRole.PUBLISHER, "Publisher");
        ProfileFieldPolicy policy = ProfileFieldPolicy.of(learner, java.util.List.of(
                new ProfileFieldRule("PHONE", learner, FieldAccess.EDITABLE),
                new ProfileFieldRule("DEPARTMENT", publisher, FieldAccess.HIDDEN)));
        assertEquals(FieldAccess.EDITABLE, policy.access(StandardField.PHONE));
        assertEquals(FieldAccess.READ_ONLY, policy.access(StandardField.DEPARTMENT));
    }
}

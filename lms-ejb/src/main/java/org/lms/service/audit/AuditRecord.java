package org.lms.service.audit;

import org.lms.domain.account.Account;
import org.lms.domain.organizations.Organization;
import org.lms.domain.users.User;
import org.lms.service.permissions.TargetType;

/** One audit entry before it is stored: what happened to which object, before and after. */
public record AuditRecord(AuditKind kind, TargetType targetType, Long targetId, String targetLabel,
        String organizationPath, String before, String after, String reason) {

    public static AuditRecord of(AuditKind kind, User user) {
        return new AuditRecord(kind, TargetType.USER, user.getId(), user.getName() + " <" + user.getEmail() + ">",
                user.getOrganization().getPath(), null, null, null);
    }

    public static AuditRecord of(AuditKind kind, Organization organization) {
        return new AuditRecord(kind, TargetType.ORGANIZATION, organization.getId(), organization.getName(),
                organization.getPath(), null, null, null);
    }

    /** A change of the account itself: its settings, logo or membership. */
    public static AuditRecord of(AuditKind kind, Account account) {
        return new AuditRecord(kind, TargetType.ACCOUNT, account.getId(), account.getName(), null, null, null, null);
    }

    public static AuditRecord of(AuditKind kind, TargetType type, Long id, String label, String organizationPath) {
        return new AuditRecord(kind, type, id, label, organizationPath, null, null, null);
    }

    public AuditRecord change(Object beforeValue, Object afterValue) {
        return new AuditRecord(kind, targetType, targetId, targetLabel, organizationPath,
                beforeValue == null ? null : beforeValue.toString(), afterValue == null ? null : afterValue.toString(), reason);
    }

    public AuditRecord because(String why) {
        return new AuditRecord(kind, targetType, targetId, targetLabel, organizationPath, before, after, why);
    }
}

package org.lms.service.imports;

import org.lms.service.learning.LearningTally;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Role;
import org.lms.domain.security.PasswordInvitation;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.learning.AssignmentRules;
import org.lms.service.platform.Settings;
import org.lms.service.security.InvitationSecrets;
import org.lms.service.users.UserAdministration;

/**
 * Applies a slice of a planned import in a transaction of its own, so a large import commits as it
 * goes and one failing slice does not undo the others. The plan was made moments before from the
 * importer's scope and rights; each row is audited like a change made by hand. New people get a
 * set-password link; the import never hashes a password.
 *
 * <p>Not an EJB on purpose: it applies a plan without checking it again, so only
 * {@link UserImport}, which plans with the importer's rights first, uses it.
 */
@Dependent
public class ImportChunk {

    @Inject
    private LearningTally tally;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private AssignmentRules assignmentRules;

    /** Result of a slice: counts and the links of the people it created (email, secret). */
    public record Applied(long created, long updated, long deactivated, List<String[]> links) implements java.io.Serializable {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Applied apply(List<PlannedRow> rows) {
        long created = 0;
        long updated = 0;
        List<User> joined = new ArrayList<>();
        long deactivated = 0;
        List<String[]> links = new ArrayList<>();
        Instant now = Instant.now();
        Instant linksExpire = now.plus(Duration.ofDays(Math.max(1, Settings.getInt(UserAdministration.INVITATION_DAYS_SETTING, 7))));
        for (PlannedRow row : rows) {
            if (row.action() == ImportAction.CREATE) {
                User user = new User(row.email(), row.name(), em.find(Organization.class, row.organizationId()),
                        em.find(Role.class, row.roleId()));
                em.persist(user);
                joined.add(user);
                String secret = InvitationSecrets.newSecret();
                em.persist(new PasswordInvitation(InvitationSecrets.hash(secret), user, now, linksExpire));
                links.add(new String[] {user.getEmail(), secret});
                audit.changed(AuditRecord.of(AuditKind.USER_CREATED, user).change(null, "imported: " + user.getRole().getName()));
                created++;
            } else if (row.action() == ImportAction.UPDATE) {
                User user = em.find(User.class, row.userId());
                String before = describe(user);
                if (row.name() != null) {
                    user.rename(row.name());
                }
                if (row.organizationId() != null && !row.organizationId().equals(user.getOrganization().getId())) {
                    Organization target = em.find(Organization.class, row.organizationId());
                    tally.moving(user, target);
                    user.moveTo(target);
                    joined.add(user);
                }
                if (row.roleId() != null) {
                    user.assignRole(em.find(Role.class, row.roleId()));
                }
                if (Boolean.TRUE.equals(row.active())) {
                    user.activate();
                } else if (Boolean.FALSE.equals(row.active())) {
                    user.deactivate();
                    deactivated++;
                }
                audit.changed(AuditRecord.of(AuditKind.USER_UPDATED, user).change(before, "imported: " + describe(user)));
                updated++;
            }
        }
        // New people, and people moved, get the courses assignment rules give their organization.
        em.flush();
        assignmentRules.catchUp(joined);
        return new Applied(created, updated, deactivated, links);
    }

    /** Deactivates people the file left out, when the importer asked for it and confirmed the count. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long deactivate(List<Long> userIds) {
        long count = 0;
        for (long id : userIds) {
            User user = em.find(User.class, id);
            if (user != null && user.isActive()) {
                user.deactivate();
                audit.changed(AuditRecord.of(AuditKind.USER_DEACTIVATED, user).change("active", "deactivated: missing from an import"));
                count++;
            }
        }
        return count;
    }

    private static String describe(User user) {
        return user.getName() + ", " + user.getOrganization().getName() + ", " + user.getRole().getName() + ", " + user.getStatus();
    }
}

package org.lms.service.users;

import static org.lms.service.permissions.TargetType.GROUP;
import static org.lms.service.permissions.TargetType.ORGANIZATION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.lms.domain.roles.Privilege;
import org.lms.service.groups.GroupAdministration;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.Refusal;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.security.Caller;

/**
 * Bulk actions of the user list. Each person goes through the single-person operation, with its
 * privileges, scope check, rules and audit, in a transaction of its own: this bean runs outside
 * any transaction, so a refusal for one person rolls back only that person's change. The answer
 * counts what was done and says, per person left alone, why.
 */
@Stateless
@ScopeChecked
@RolesAllowed(Privilege.Names.MANAGE_USERS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UserBulkActions {

    /** The most people one bulk action handles: a page of the user list at its largest. */
    public static final int MAX_USERS = UserDirectory.MAX_PAGE_SIZE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserAdministration users;

    @Inject
    private GroupAdministration groups;

    @Inject
    private Caller caller;

    public BulkOutcome changeRole(List<Long> userIds, long roleId) {
        return forEach(userIds, id -> users.assignRole(id, roleId));
    }

    public BulkOutcome move(List<Long> userIds, @InScope(ORGANIZATION) long organizationId) {
        return forEach(userIds, id -> users.move(id, organizationId));
    }

    @RolesAllowed(Privilege.Names.MANAGE_GROUPS)
    public BulkOutcome addToGroup(List<Long> userIds, @InScope(GROUP) long groupId) {
        return forEach(userIds, id -> groups.addMember(groupId, id));
    }

    public BulkOutcome deactivate(List<Long> userIds) {
        return forEach(userIds, users::deactivate);
    }

    private BulkOutcome forEach(List<Long> userIds, LongConsumer action) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(userIds == null ? List.of() : userIds));
        if (ids.isEmpty()) {
            throw InvalidInput.field("users", "input.noneSelected");
        }
        if (ids.size() > MAX_USERS) {
            throw InvalidInput.field("users", "input.tooManySelected", MAX_USERS);
        }
        Map<Long, String> labels = labels(ids);
        int done = 0;
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        for (long id : ids) {
            try {
                action.accept(id);
                done++;
            } catch (NotFound e) {
                skipped.add(new BulkOutcome.Skipped(id, labels.get(id), BulkOutcome.Why.NOT_FOUND, new Reason("bulk.notFound")));
            } catch (Refusal e) {
                skipped.add(new BulkOutcome.Skipped(id, labels.get(id), BulkOutcome.Why.REFUSED,
                        new Reason(e.reasonKey(), e.arguments())));
            } catch (InvalidInput e) {
                Reason first = e.fieldReasons().values().iterator().next();
                skipped.add(new BulkOutcome.Skipped(id, labels.get(id), BulkOutcome.Why.INVALID, first));
            }
        }
        return new BulkOutcome(done, List.copyOf(skipped));
    }

    /** Name and email of the people in the caller's scope, read before anything changes. */
    private Map<Long, String> labels(List<Long> ids) {
        Map<Long, String> labels = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT u.id, u.name, u.email FROM User u JOIN u.organization o"
                + " WHERE u.id IN :ids AND o.path LIKE :scope", Object[].class)
                .setParameter("ids", ids).setParameter("scope", caller.scopePath() + "%").getResultList()) {
            labels.put((Long) row[0], row[1] + " <" + row[2] + ">");
        }
        return labels;
    }
}

package org.lms.service.users;

import static org.lms.service.permissions.TargetType.GROUP;
import static org.lms.service.permissions.TargetType.ORGANIZATION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Scopes;
import org.lms.service.platform.Like;
import org.lms.service.security.Caller;

/**
 * The user list, filtered, sorted and paged in the database and limited to the caller's scope in
 * the query itself. Exports page through the same query.
 */
@Stateless
@RolesAllowed(Privilege.Names.MANAGE_USERS)
public class UserDirectory {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Scopes scopes;

    public List<UserRow> page(UserQuery query, int first, int size) {
        String jpql = "SELECT NEW org.lms.service.users.UserRow(u.id, u.name, u.email, o.name, r.builtIn, r.name,"
                + " u.status, u.lastSignInAt) FROM User u JOIN u.organization o JOIN u.role r"
                + where(query) + " ORDER BY " + orderBy(query) + ", u.id";
        TypedQuery<UserRow> typed = em.createQuery(jpql, UserRow.class);
        bind(typed, query);
        return typed.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long count(UserQuery query) {
        TypedQuery<Long> typed = em.createQuery(
                "SELECT COUNT(u) FROM User u" + where(query), Long.class);
        bind(typed, query);
        return typed.getSingleResult();
    }

    /**
     * The columns the caller may see in the list and its exports. Today every column; profile
     * fields hidden by role will narrow this set, and pages and exports follow it.
     */
    public Set<UserColumn> columns() {
        return EnumSet.allOf(UserColumn.class);
    }

    private String where(UserQuery query) {
        // The whole account needs no condition, which lets the database walk the name index.
        StringBuilder where = new StringBuilder(wholeAccount() ? " WHERE 1 = 1" : " WHERE u.organizationPath LIKE :scope");
        if (hasText(query)) {
            where.append(" AND (u.emailKey LIKE :text").append(Like.ESCAPE).append(" OR LOWER(u.name) LIKE :text").append(Like.ESCAPE).append(")");
        }
        if (query.status() != null) {
            where.append(" AND u.status = :status");
        }
        if (query.organizationId() != null) {
            where.append(" AND u.organizationPath LIKE :subtree");
        }
        if (query.roleId() != null) {
            where.append(" AND u.role.id = :role");
        }
        if (query.groupId() != null) {
            where.append(" AND EXISTS (SELECT g.id FROM Group g JOIN g.members m WHERE g.id = :group AND m.id = u.id)");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> typed, UserQuery query) {
        if (!wholeAccount()) {
            typed.setParameter("scope", caller.scopePath() + "%");
        }
        if (hasText(query)) {
            typed.setParameter("text", Like.contains(query.text()));
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        if (query.organizationId() != null) {
            // An organization outside the scope is not found, as if it did not exist.
            long id = query.organizationId();
            scopes.requireInScope(ORGANIZATION, id);
            String path = scopes.organizationPath(ORGANIZATION, id).orElseThrow(() -> new NotFound(ORGANIZATION, id));
            typed.setParameter("subtree", path + "%");
        }
        if (query.roleId() != null) {
            typed.setParameter("role", query.roleId());
        }
        if (query.groupId() != null) {
            scopes.requireInScope(GROUP, query.groupId());
            typed.setParameter("group", query.groupId());
        }
    }

    private boolean wholeAccount() {
        return Caller.WHOLE_ACCOUNT.equals(caller.scopePath());
    }

    private static boolean hasText(UserQuery query) {
        return query.text() != null && !query.text().isBlank();
    }

    private static String orderBy(UserQuery query) {
        String column = switch (query.sortField() == null ? UserQuery.SortField.NAME : query.sortField()) {
            case NAME -> "u.name";
            case EMAIL -> "u.emailKey";
            case ORGANIZATION -> "o.name";
            case ROLE -> "r.name";
            case STATUS -> "u.status";
            case LAST_SIGN_IN -> "u.lastSignInAt";
        };
        return column + (query.descending() ? " DESC" : " ASC");
    }
}

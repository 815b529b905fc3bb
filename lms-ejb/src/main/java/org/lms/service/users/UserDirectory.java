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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lms.domain.profiles.ProfileFieldPolicy;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Scopes;
import org.lms.service.platform.Like;
import org.lms.service.profiles.ProfileFields;
import org.lms.service.security.Caller;

/**
 * The user list, filtered, sorted and paged in the database and limited to the caller's scope in
 * the query itself. An organization or group named as a filter must lie in the caller's scope:
 * otherwise the call answers {@link NotFound}, as if it did not exist. Exports page through the
 * same query.
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

    @Inject
    private ProfileFields profiles;

    public List<UserRow> page(UserQuery query, int first, int size) {
        Filter filter = filter(query);
        Set<UserColumn> visible = columns();
        String jpql = UserRow.SELECT_WITH_PROFILE + " FROM User u JOIN u.organization o JOIN u.role r" + UserRow.JOIN_MANAGER
                + filter.where() + " ORDER BY " + orderBy(query) + ", u.id";
        TypedQuery<UserRow> typed = em.createQuery(jpql, UserRow.class);
        filter.bind(typed);
        typed.setParameter("managerScope", caller.scopePath() + "%");
        List<UserRow> rows = typed.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultStream().map(row -> row.onlyVisible(visible)).toList();
        return withCustomValues(rows);
    }

    /** The custom profile fields the caller's role sees, as columns of the list and its exports, in their order. */
    public List<CustomColumn> customColumns() {
        ProfileFieldPolicy policy = profiles.callerPolicy();
        return profiles.customFields().stream().filter(field -> policy.visible(field.getKey()))
                .map(field -> new CustomColumn(field.getKey(), field.getLabel())).toList();
    }

    /** The rows with the values of the custom fields the caller sees, read for the whole page in one query. */
    private List<UserRow> withCustomValues(List<UserRow> rows) {
        List<String> keys = customColumns().stream().map(CustomColumn::key).toList();
        if (keys.isEmpty() || rows.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, String>> values = new HashMap<>();
        for (Object[] value : em.createQuery("SELECT v.user.id, v.field.key, v.value FROM ProfileValue v"
                + " WHERE v.user.id IN :users AND v.field.key IN :keys", Object[].class)
                .setParameter("users", rows.stream().map(UserRow::id).toList()).setParameter("keys", keys).getResultList()) {
            values.computeIfAbsent((Long) value[0], id -> new HashMap<>()).put((String) value[1], (String) value[2]);
        }
        return rows.stream().map(row -> row.withCustom(values.getOrDefault(row.id(), Map.of()))).toList();
    }

    public long count(UserQuery query) {
        Filter filter = filter(query);
        TypedQuery<Long> typed = em.createQuery("SELECT COUNT(u) FROM User u" + filter.where(), Long.class);
        filter.bind(typed);
        return typed.getSingleResult();
    }

    /**
     * The columns the caller may see in the list and its exports: every column but those showing a
     * profile field the caller's role does not see. Pages and exports follow this set.
     */
    public Set<UserColumn> columns() {
        ProfileFieldPolicy policy = profiles.callerPolicy();
        Set<UserColumn> visible = EnumSet.noneOf(UserColumn.class);
        for (UserColumn column : UserColumn.values()) {
            if (column.field() == null || policy.visible(column.field().key())) {
                visible.add(column);
            }
        }
        return visible;
    }

    /**
     * The query's filters with the caller's scope. The ids a filter names are checked against the
     * scope here, because they travel inside the query rather than as parameters of their own.
     */
    private Filter filter(UserQuery query) {
        String organizationPath = null;
        if (query.organizationId() != null) {
            long id = query.organizationId();
            scopes.requireInScope(ORGANIZATION, id);
            organizationPath = scopes.organizationPath(ORGANIZATION, id).orElseThrow(() -> new NotFound(ORGANIZATION, id));
        }
        if (query.groupId() != null) {
            scopes.requireInScope(GROUP, query.groupId());
        }
        String scope = caller.scopePath();
        return new Filter(query, Caller.WHOLE_ACCOUNT.equals(scope) ? null : scope, organizationPath);
    }

    /**
     * The WHERE clause over the user's own columns only (users carry their organization's path),
     * so counts need no join; a null scope (the whole account) needs no condition at all, which
     * lets the database walk the name index.
     */
    private record Filter(UserQuery query, String scope, String organizationPath) {

        String where() {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (scope != null) {
                where.append(" AND u.organizationPath LIKE :scope");
            }
            if (organizationPath != null) {
                where.append(" AND u.organizationPath LIKE :organizationPath");
            }
            if (hasText()) {
                where.append(" AND (u.emailKey LIKE :text").append(Like.ESCAPE).append(" OR LOWER(u.name) LIKE :text")
                        .append(Like.ESCAPE).append(")");
            }
            if (query.status() != null) {
                where.append(" AND u.status = :status");
            }
            if (query.roleKey() != null) {
                where.append(" AND u.role.builtIn = :roleKey");
            }
            if (query.roleId() != null) {
                where.append(" AND u.role.id = :roleId");
            }
            if (query.groupId() != null) {
                where.append(" AND EXISTS (SELECT m FROM Group g JOIN g.members m WHERE g.id = :groupId AND m = u)");
            }
            return where.toString();
        }

        void bind(TypedQuery<?> typed) {
            if (scope != null) {
                typed.setParameter("scope", scope + "%");
            }
            if (organizationPath != null) {
                // Paths hold only digits and slashes: nothing to escape.
                typed.setParameter("organizationPath", organizationPath + "%");
            }
            if (hasText()) {
                typed.setParameter("text", Like.contains(query.text()));
            }
            if (query.status() != null) {
                typed.setParameter("status", query.status());
            }
            if (query.roleKey() != null) {
                typed.setParameter("roleKey", query.roleKey());
            }
            if (query.roleId() != null) {
                typed.setParameter("roleId", query.roleId());
            }
            if (query.groupId() != null) {
                typed.setParameter("groupId", query.groupId());
            }
        }

        private boolean hasText() {
            return query.text() != null && !query.text().isBlank();
        }
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

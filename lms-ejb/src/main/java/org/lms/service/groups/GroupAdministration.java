package org.lms.service.groups;

import static org.lms.service.permissions.TargetType.GROUP;
import static org.lms.service.permissions.TargetType.ORGANIZATION;
import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.groups.Group;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.learning.AssignmentRules;
import org.lms.service.permissions.Guard;
import org.lms.service.platform.Like;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.security.Caller;
import org.lms.service.users.UserRow;

/** Groups and their members within the caller's scope. */
@Stateless
@ScopeChecked
@RolesAllowed(Privilege.Names.MANAGE_GROUPS)
public class GroupAdministration {

    private static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private AssignmentRules assignmentRules;

    @Inject
    private Caller caller;

    /** Groups of the caller's scope whose name contains {@code text}, by name. */
    @RolesAllowed({Privilege.Names.MANAGE_GROUPS, Privilege.Names.MANAGE_USERS, Privilege.Names.ASSIGN_CONTENT,
            Privilege.Names.VIEW_REPORTS})
    public List<GroupRow> page(String text, int first, int size) {
        List<Object[]> groups = em.createQuery("SELECT g.id, g.name, o.id, o.name, g.version"
                        + " FROM Group g JOIN g.organization o WHERE o.path LIKE :scope AND LOWER(g.name) LIKE :text"
                        + Like.ESCAPE + " ORDER BY g.name, g.id", Object[].class)
                .setParameter("scope", caller.scopePath() + "%")
                .setParameter("text", Like.contains(text))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
        if (groups.isEmpty()) {
            return List.of();
        }
        // Member counts of the whole page in one grouped query, not one query per group.
        Map<Long, Long> members = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT g.id, COUNT(m) FROM Group g JOIN g.members m WHERE g.id IN :ids GROUP BY g.id",
                Object[].class).setParameter("ids", groups.stream().map(row -> (Long) row[0]).toList()).getResultList()) {
            members.put((Long) row[0], (Long) row[1]);
        }
        return groups.stream().map(row -> new GroupRow((Long) row[0], (String) row[1], (Long) row[2], (String) row[3],
                members.getOrDefault((Long) row[0], 0L), (Long) row[4])).toList();
    }

    @RolesAllowed({Privilege.Names.MANAGE_GROUPS, Privilege.Names.MANAGE_USERS, Privilege.Names.ASSIGN_CONTENT,
            Privilege.Names.VIEW_REPORTS})
    public long count(String text) {
        return em.createQuery("SELECT COUNT(g) FROM Group g JOIN g.organization o WHERE o.path LIKE :scope"
                        + " AND LOWER(g.name) LIKE :text" + Like.ESCAPE, Long.class)
                .setParameter("scope", caller.scopePath() + "%").setParameter("text", Like.contains(text)).getSingleResult();
    }

    /** One group of the caller's scope, with its number of members. */
    @RolesAllowed({Privilege.Names.MANAGE_GROUPS, Privilege.Names.MANAGE_USERS, Privilege.Names.ASSIGN_CONTENT,
            Privilege.Names.VIEW_REPORTS})
    public GroupRow get(@InScope(GROUP) long groupId) {
        Group group = em.find(Group.class, groupId);
        long members = memberCount(groupId);
        return new GroupRow(group.getId(), group.getName(), group.getOrganization().getId(), group.getOrganization().getName(),
                members, group.getVersion());
    }

    public long create(@InScope(ORGANIZATION) long organizationId, String name) {
        String cleanName = Inputs.name("name", name, Group.NAME_MAX);
        Organization organization = em.find(Organization.class, organizationId);
        Group group = new Group(cleanName, organization);
        em.persist(group);
        audit.changed(record(AuditKind.GROUP_CREATED, group).change(null, cleanName));
        return group.getId();
    }

    public void rename(@InScope(GROUP) long groupId, String name) {
        String cleanName = Inputs.name("name", name, Group.NAME_MAX);
        rename(em.find(Group.class, groupId), cleanName);
    }

    /** Renames a group the client saw at {@code expectedVersion}; a null name leaves it as it is. */
    public void update(@InScope(GROUP) long groupId, long expectedVersion, String name) {
        Group group = em.find(Group.class, groupId);
        InvalidInput.requireCurrent(group.getVersion(), expectedVersion);
        if (name != null) {
            String cleanName = Inputs.name("name", name, Group.NAME_MAX);
            if (!cleanName.equals(group.getName())) {
                rename(group, cleanName);
            }
        }
    }

    private void rename(Group group, String cleanName) {
        String before = group.getName();
        group.rename(cleanName);
        audit.changed(record(AuditKind.GROUP_RENAMED, group).change(before, cleanName));
    }

    public void delete(@InScope(GROUP) long groupId) {
        Group group = em.find(Group.class, groupId);
        AuditRecord record = record(AuditKind.GROUP_DELETED, group).change(group.getName(), null);
        em.createNativeQuery("DELETE FROM GROUP_MEMBER WHERE GROUP_ID = ?").setParameter(1, groupId).executeUpdate();
        assignmentRules.forgetRulesNaming(group);
        em.remove(group);
        audit.changed(record);
    }

    /** Adds a person of the group's organization (or below it) to the group. */
    public void addMember(@InScope(GROUP) long groupId, @InScope(USER) long userId) {
        Group group = em.find(Group.class, groupId);
        User user = em.find(User.class, userId);
        if (!group.getOrganization().contains(user.getOrganization())) {
            guard.refuse(new Reason("rule.memberOutsideGroup", user.getName(), group.getOrganization().getName()),
                    record(AuditKind.GROUP_MEMBER_ADDED, group).change(null, user.getEmail()));
        }
        if (!isMember(groupId, userId)) {
            group.addMember(user);
            audit.changed(record(AuditKind.GROUP_MEMBER_ADDED, group).change(null, user.getEmail()));
            em.flush();
            assignmentRules.catchUp(List.of(user));
        }
    }

    public void removeMember(@InScope(GROUP) long groupId, @InScope(USER) long userId) {
        Group group = em.find(Group.class, groupId);
        User user = em.find(User.class, userId);
        if (isMember(groupId, userId)) {
            group.removeMember(user);
            audit.changed(record(AuditKind.GROUP_MEMBER_REMOVED, group).change(user.getEmail(), null));
        }
    }

    /** The members of a group, by name, a page at a time. */
    @RolesAllowed({Privilege.Names.MANAGE_GROUPS, Privilege.Names.MANAGE_USERS})
    public List<UserRow> members(@InScope(GROUP) long groupId, int first, int size) {
        return em.createQuery(UserRow.SELECT + " FROM Group g JOIN g.members u JOIN u.organization o JOIN u.role r"
                        + " WHERE g.id = :group ORDER BY u.name, u.id", UserRow.class)
                .setParameter("group", groupId)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
    }

    /**
     * People the group could take, for the member picker: of the group's organization or below it,
     * not yet members, whose name or email contains {@code text}; at most {@code max}, by name.
     */
    public List<UserRow> candidates(@InScope(GROUP) long groupId, String text, int max) {
        Group group = em.find(Group.class, groupId);
        return em.createQuery(UserRow.SELECT + " FROM User u JOIN u.organization o JOIN u.role r"
                        + " WHERE u.organizationPath LIKE :subtree AND (u.emailKey LIKE :text" + Like.ESCAPE + " OR LOWER(u.name) LIKE :text"
                        + Like.ESCAPE + ") AND NOT EXISTS (SELECT g.id FROM Group g JOIN g.members m WHERE g.id = :group AND m.id = u.id)"
                        + " ORDER BY u.name, u.id", UserRow.class)
                .setParameter("subtree", group.getOrganization().getPath() + "%")
                .setParameter("text", Like.contains(text))
                .setParameter("group", groupId)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultList();
    }

    /** The groups a person belongs to, within the caller's scope, by name: for Edit User. */
    @RolesAllowed({Privilege.Names.MANAGE_GROUPS, Privilege.Names.MANAGE_USERS})
    public List<GroupRow> groupsOf(@InScope(USER) long userId) {
        // Member counts do not matter here: the page lists the person's groups, not their sizes.
        return em.createQuery("SELECT g.id, g.name, o.id, o.name, g.version FROM Group g JOIN g.members m JOIN g.organization o"
                        + " WHERE m.id = :user AND o.path LIKE :scope ORDER BY g.name, g.id", Object[].class)
                .setParameter("user", userId).setParameter("scope", caller.scopePath() + "%")
                .setMaxResults(MAX_PAGE_SIZE).getResultStream()
                .map(row -> new GroupRow((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], 0, (Long) row[4]))
                .toList();
    }

    private long memberCount(long groupId) {
        return em.createQuery("SELECT COUNT(m) FROM Group g JOIN g.members m WHERE g.id = :group", Long.class)
                .setParameter("group", groupId).getSingleResult();
    }

    private boolean isMember(long groupId, long userId) {
        return em.createQuery("SELECT COUNT(u) FROM Group g JOIN g.members u WHERE g.id = :group AND u.id = :user", Long.class)
                .setParameter("group", groupId).setParameter("user", userId).getSingleResult() > 0;
    }

    private static AuditRecord record(AuditKind kind, Group group) {
        return AuditRecord.of(kind, org.lms.service.permissions.TargetType.GROUP, group.getId(), group.getName(),
                group.getOrganization().getPath());
    }

}

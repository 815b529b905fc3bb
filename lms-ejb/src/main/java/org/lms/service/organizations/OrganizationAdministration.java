package org.lms.service.organizations;

import org.lms.service.learning.LearningTally;
import static org.lms.service.permissions.TargetType.ORGANIZATION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.learning.AssignmentRules;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.platform.Like;
import org.lms.service.security.Caller;

/** The organization tree within the caller's scope. */
@Stateless
@ScopeChecked
@RolesAllowed(Privilege.Names.MANAGE_ORGANIZATIONS)
public class OrganizationAdministration {

    private static final int MAX_PAGE_SIZE = 200;
    private static final String WHERE_IN_SCOPE_AND_NAMED = " WHERE o.path LIKE :scope AND LOWER(o.name) LIKE :text" + Like.ESCAPE;

    @Inject
    private LearningTally tally;

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

    /**
     * The caller's part of the tree in path order (a parent before its children), with the number
     * of people in each subtree. People are counted per organization by the database; the subtree
     * sums are added up over the organizations, not over people.
     */
    @RolesAllowed({Privilege.Names.MANAGE_ORGANIZATIONS, Privilege.Names.MANAGE_USERS, Privilege.Names.MANAGE_GROUPS,
            Privilege.Names.ASSIGN_CONTENT, Privilege.Names.VIEW_REPORTS})
    public List<OrganizationNode> tree() {
        String scope = caller.scopePath();
        List<Organization> organizations = em.createNamedQuery(Organization.FIND_SUBTREE, Organization.class)
                .setParameter("pathPrefix", scope + "%").getResultList();
        Map<Long, Long> direct = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT o.id, COUNT(u) FROM User u JOIN u.organization o"
                + " WHERE o.path LIKE :scope GROUP BY o.id", Object[].class).setParameter("scope", scope + "%").getResultList()) {
            direct.put((Long) row[0], (Long) row[1]);
        }
        Map<String, Long> subtree = new HashMap<>();
        for (Organization organization : organizations) {
            long people = direct.getOrDefault(organization.getId(), 0L);
            // Add this organization's people to itself and to each ancestor: every prefix of its path.
            String path = organization.getPath();
            for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
                subtree.merge(path.substring(0, end + 1), people, Long::sum);
            }
        }
        int baseDepth = organizations.isEmpty() ? 0 : organizations.get(0).depth();
        List<OrganizationNode> nodes = new ArrayList<>(organizations.size());
        for (Organization o : organizations) {
            nodes.add(new OrganizationNode(o.getId(), o.getName(), o.getParent() == null ? null : o.getParent().getId(),
                    o.getPath(), o.depth() - baseDepth, subtree.getOrDefault(o.getPath(), 0L), o.getVersion()));
        }
        return nodes;
    }

    /** One organization of the caller's scope. */
    @RolesAllowed({Privilege.Names.MANAGE_ORGANIZATIONS, Privilege.Names.MANAGE_USERS, Privilege.Names.MANAGE_GROUPS,
            Privilege.Names.ASSIGN_CONTENT, Privilege.Names.VIEW_REPORTS})
    public OrganizationRow get(@InScope(ORGANIZATION) long organizationId) {
        return em.createQuery(OrganizationRow.SELECT + " FROM Organization o LEFT JOIN o.parent p WHERE o.id = :id",
                OrganizationRow.class).setParameter("id", organizationId).getSingleResult();
    }

    /** A page of the caller's organizations whose name contains the query's text. */
    @RolesAllowed({Privilege.Names.MANAGE_ORGANIZATIONS, Privilege.Names.MANAGE_USERS, Privilege.Names.MANAGE_GROUPS,
            Privilege.Names.ASSIGN_CONTENT, Privilege.Names.VIEW_REPORTS})
    public List<OrganizationRow> page(OrganizationQuery query, int first, int size) {
        String order = (query.sortField() == OrganizationQuery.SortField.NAME ? "o.name" : "o.path")
                + (query.descending() ? " DESC" : " ASC");
        TypedQuery<OrganizationRow> typed = em.createQuery(OrganizationRow.SELECT + " FROM Organization o LEFT JOIN o.parent p"
                + WHERE_IN_SCOPE_AND_NAMED + " ORDER BY " + order + ", o.id", OrganizationRow.class);
        return bind(typed, query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
    }

    @RolesAllowed({Privilege.Names.MANAGE_ORGANIZATIONS, Privilege.Names.MANAGE_USERS, Privilege.Names.MANAGE_GROUPS,
            Privilege.Names.ASSIGN_CONTENT, Privilege.Names.VIEW_REPORTS})
    public long count(OrganizationQuery query) {
        return bind(em.createQuery("SELECT COUNT(o) FROM Organization o" + WHERE_IN_SCOPE_AND_NAMED, Long.class), query)
                .getSingleResult();
    }

    public long create(@InScope(ORGANIZATION) long parentId, String name) {
        String cleanName = Inputs.name("name", name, Organization.NAME_MAX);
        Organization parent = em.find(Organization.class, parentId);
        Organization organization = new Organization(cleanName, parent);
        em.persist(organization);
        organization.assignPath();
        audit.changed(AuditRecord.of(AuditKind.ORGANIZATION_CREATED, organization).change(null, parent.getName() + " › " + cleanName));
        return organization.getId();
    }

    public void rename(@InScope(ORGANIZATION) long organizationId, String name) {
        String cleanName = Inputs.name("name", name, Organization.NAME_MAX);
        rename(em.find(Organization.class, organizationId), cleanName);
    }

    /** Moves an organization and its subtree below another organization of the caller's scope. */
    public void move(@InScope(ORGANIZATION) long organizationId, @InScope(ORGANIZATION) long newParentId) {
        move(em.find(Organization.class, organizationId), em.find(Organization.class, newParentId));
    }

    /**
     * Renames and moves in one step; a null name or parent leaves that as it is.
     * {@code expectedVersion} is the version the client saw.
     */
    public void update(@InScope(ORGANIZATION) long organizationId, long expectedVersion, String name,
            @InScope(value = ORGANIZATION, optional = true) Long parentId) {
        Organization organization = em.find(Organization.class, organizationId);
        InvalidInput.requireCurrent(organization.getVersion(), expectedVersion);
        String cleanName = name == null ? null : Inputs.name("name", name, Organization.NAME_MAX);
        if (cleanName != null && !cleanName.equals(organization.getName())) {
            rename(organization, cleanName);
        }
        Organization parent = organization.getParent();
        if (parentId != null && (parent == null || parent.getId().longValue() != parentId)) {
            move(organization, em.find(Organization.class, parentId));
        }
    }

    private void rename(Organization organization, String cleanName) {
        String before = organization.getName();
        organization.rename(cleanName);
        audit.changed(AuditRecord.of(AuditKind.ORGANIZATION_RENAMED, organization).change(before, cleanName));
    }

    private void move(Organization organization, Organization newParent) {
        AuditRecord attempt = AuditRecord.of(AuditKind.ORGANIZATION_MOVED, organization);
        if (organization.getParent() == null) {
            guard.refuse(new Reason("rule.rootOrganization"), attempt);
        }
        if (organization.contains(newParent)) {
            guard.refuse(new Reason("rule.moveIntoOwnSubtree"), attempt);
        }
        String oldPath = organization.getPath();
        String before = organization.getParent().getName();
        List<Organization> subtree = em.createNamedQuery(Organization.FIND_SUBTREE, Organization.class)
                .setParameter("pathPrefix", oldPath + "%").getResultList();
        organization.moveUnder(newParent);
        for (Organization each : subtree) {
            if (each != organization) {
                each.rebase(oldPath, organization.getPath());
            }
        }
        em.flush();
        em.createNamedQuery(User.REBASE_PATHS)
                .setParameter("newPrefix", organization.getPath())
                .setParameter("keepFrom", oldPath.length() + 1)
                .setParameter("oldPrefixPattern", oldPath + "%")
                .executeUpdate();
        assignmentRules.applyAbove(organization.getPath());
        audit.changed(AuditRecord.of(AuditKind.ORGANIZATION_MOVED, organization).change(before, newParent.getName()));
    }

    /** Deletes an empty organization: no people, sub-organizations, groups or courses left in it. */
    public void delete(@InScope(ORGANIZATION) long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        AuditRecord attempt = AuditRecord.of(AuditKind.ORGANIZATION_DELETED, organization);
        if (organization.getParent() == null) {
            guard.refuse(new Reason("rule.rootOrganization"), attempt);
        }
        if (organization.getPath().equals(caller.scopePath())) {
            guard.refuse(new Reason("rule.ownOrganization"), attempt);
        }
        long people = count("SELECT COUNT(u) FROM User u WHERE u.organization = :o", organization);
        long children = count("SELECT COUNT(c) FROM Organization c WHERE c.parent = :o", organization);
        long groups = count("SELECT COUNT(g) FROM Group g WHERE g.organization = :o", organization);
        long courses = count("SELECT COUNT(c) FROM Course c WHERE c.organization = :o", organization);
        if (people + children + groups + courses > 0) {
            guard.refuse(new Reason("rule.organizationNotEmpty", people, children, groups, courses), attempt);
        }
        assignmentRules.forgetRulesNaming(organization);
        tally.forget(organization);
        em.remove(organization);
        audit.changed(attempt);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> typed, OrganizationQuery query) {
        return typed.setParameter("scope", caller.scopePath() + "%").setParameter("text", Like.contains(query.text()));
    }

    private long count(String jpql, Organization organization) {
        return em.createQuery(jpql, Long.class).setParameter("o", organization).getSingleResult();
    }
}

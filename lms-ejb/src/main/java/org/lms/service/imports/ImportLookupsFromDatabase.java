package org.lms.service.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;
import org.lms.domain.users.UserStatus;
import org.lms.service.permissions.Actor;
import org.lms.service.permissions.GrantRules;

/**
 * What an import planner needs, read from the database once per plan: the importer's part of the
 * organization tree, the roles, and the people the file names (looked up a thousand at a time).
 */
final class ImportLookupsFromDatabase implements ImportPlanner.Lookups {

    private static final int CHUNK = 1000;

    private final EntityManager em;
    private final Actor actor;
    private final String scope;
    /** Every tail of every organization's path of names ("platform team", "engineering/platform team", ...). */
    private final Map<String, List<Long>> organizationsByPath = new HashMap<>();
    private final Map<String, ImportPlanner.RoleRef> roles = new HashMap<>();
    private final ImportPlanner.RoleRef learner;

    ImportLookupsFromDatabase(EntityManager em, Actor actor, String scope) {
        this.em = em;
        this.actor = actor;
        this.scope = scope;
        List<Organization> organizations = em.createNamedQuery(Organization.FIND_SUBTREE, Organization.class)
                .setParameter("pathPrefix", scope + "%").getResultList();
        Map<Long, Organization> byId = new HashMap<>();
        organizations.forEach(o -> byId.put(o.getId(), o));
        for (Organization organization : organizations) {
            String path = namePath(organization, byId);
            for (int cut = 0; cut >= 0; cut = path.indexOf('/', cut + 1) < 0 ? -1 : path.indexOf('/', cut + 1)) {
                String tail = cut == 0 ? path : path.substring(cut + 1);
                organizationsByPath.computeIfAbsent(tail, k -> new ArrayList<>()).add(organization.getId());
            }
        }
        ImportPlanner.RoleRef defaultRole = null;
        for (Role role : em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList()) {
            ImportPlanner.RoleRef ref = new ImportPlanner.RoleRef(role.getId(), GrantRules.whyNotGrant(actor, role, null));
            roles.put(normalize(role.getName()), ref);
            role.getBuiltIn().ifPresent(key -> roles.put(normalize(key.name()), ref));
            if (role.is(BuiltInRole.LEARNER)) {
                defaultRole = ref;
            }
        }
        this.learner = defaultRole;
    }

    @Override
    public Map<String, ImportPlanner.Existing> existing(List<String> emailKeys) {
        Map<String, ImportPlanner.Existing> found = new HashMap<>();
        for (int from = 0; from < emailKeys.size(); from += CHUNK) {
            List<String> chunk = emailKeys.subList(from, Math.min(emailKeys.size(), from + CHUNK));
            for (User user : em.createQuery("SELECT u FROM User u WHERE u.emailKey IN :keys", User.class)
                    .setParameter("keys", chunk).getResultList()) {
                boolean inScope = user.getOrganizationPath().startsWith(scope);
                found.put(user.getEmailKey(), new ImportPlanner.Existing(user.getId(), user.getName(), user.getOrganization().getId(),
                        user.getRole().getId(), user.getStatus() == UserStatus.ACTIVE, inScope,
                        inScope ? GrantRules.whyNotManage(actor, user) : Optional.empty()));
            }
        }
        return found;
    }

    /**
     * The whole path of names from the top of the importer's part of the tree, or any tail of it
     * ("Engineering/Platform Team", "Platform Team") as long as it names one organization only.
     */
    @Override
    public Optional<Long> organization(String reference) {
        List<Long> matches = organizationsByPath.getOrDefault(normalizePath(reference), List.of());
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    @Override
    public Optional<ImportPlanner.RoleRef> role(String reference) {
        return Optional.ofNullable(roles.get(normalize(reference)));
    }

    @Override
    public ImportPlanner.RoleRef defaultRole() {
        return learner;
    }

    @Override
    public long seatsLeft() {
        Account account = em.find(Account.class, Account.THE_ACCOUNT);
        if (account == null || account.getSeatLimit() <= 0) {
            return Long.MAX_VALUE;
        }
        long active = em.createNamedQuery(User.COUNT_ACTIVE, Long.class).setParameter("active", UserStatus.ACTIVE).getSingleResult();
        return account.seatsLeft(active);
    }

    @Override
    public long importerId() {
        return actor.userId();
    }

    private static String namePath(Organization organization, Map<Long, Organization> inScope) {
        StringBuilder path = new StringBuilder(normalize(organization.getName()));
        for (Organization parent = organization.getParent(); parent != null && inScope.containsKey(parent.getId());
                parent = parent.getParent()) {
            path.insert(0, normalize(parent.getName()) + "/");
        }
        return path.toString();
    }

    static String normalizePath(String reference) {
        StringBuilder path = new StringBuilder();
        for (String part : reference.split("/")) {
            if (!part.isBlank()) {
                path.append(path.length() == 0 ? "" : "/").append(normalize(part));
            }
        }
        return path.toString();
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package org.lms.service.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.UserStatus;
import org.lms.service.platform.Like;
import org.lms.service.security.Caller;
import org.lms.service.users.UserRow;

/**
 * The people a course may be assigned to, for the assign picker. People who assign content need not
 * manage users, so the user directory is closed to them; this offers only name and email of the
 * active people of the caller's scope.
 */
@Stateless
@RolesAllowed(Privilege.Names.ASSIGN_CONTENT)
public class AssignablePeople {

    private static final int MAX = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Active people of the caller's scope whose name or email contains {@code text}; at most {@code max}, by name. */
    public List<UserRow> find(String text, int max) {
        return em.createQuery(UserRow.SELECT + " FROM User u JOIN u.organization o JOIN u.role r"
                        + " WHERE u.organizationPath LIKE :scope AND u.status = :active AND (u.emailKey LIKE :text" + Like.ESCAPE
                        + " OR LOWER(u.name) LIKE :text" + Like.ESCAPE + ") ORDER BY u.name, u.id", UserRow.class)
                .setParameter("scope", caller.scopePath() + "%")
                .setParameter("active", UserStatus.ACTIVE)
                .setParameter("text", Like.contains(text))
                .setMaxResults(Math.max(1, Math.min(max, MAX)))
                .getResultList();
    }
}

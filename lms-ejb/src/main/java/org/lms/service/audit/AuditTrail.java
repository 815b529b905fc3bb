package org.lms.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.lms.domain.audit.AuditEvent;
import org.lms.domain.roles.Privilege;
import org.lms.service.platform.Like;
import org.lms.service.security.Caller;

/**
 * Reading the audit log, newest first, filtered in the database. A caller limited to an
 * organization sees the events about objects of their scope; account-wide events (roles,
 * settings) only reach account-wide readers.
 */
@Stateless
@RolesAllowed(Privilege.Names.VIEW_AUDIT_LOG)
public class AuditTrail {

    private static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    public List<AuditEntry> page(AuditQuery query, int first, int size) {
        TypedQuery<AuditEvent> typed = em.createQuery("SELECT e FROM AuditEvent e" + where(query)
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class);
        bind(typed, query);
        return typed.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList().stream().map(AuditEntry::of).toList();
    }

    public long count(AuditQuery query) {
        TypedQuery<Long> typed = em.createQuery("SELECT COUNT(e) FROM AuditEvent e" + where(query), Long.class);
        bind(typed, query);
        return typed.getSingleResult();
    }

    private String where(AuditQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!Caller.WHOLE_ACCOUNT.equals(caller.scopePath())) {
            where.append(" AND e.organizationPath LIKE :scope");
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" AND LOWER(e.actorLabel) LIKE :actor").append(Like.ESCAPE);
        }
        if (q.target() != null && !q.target().isBlank()) {
            where.append(" AND LOWER(e.targetLabel) LIKE :target").append(Like.ESCAPE);
        }
        if (q.kind() != null) {
            where.append(" AND e.kind = :kind");
        }
        if (q.outcome() != null) {
            where.append(" AND e.outcome = :outcome");
        }
        if (q.from() != null) {
            where.append(" AND e.occurredAt >= :from");
        }
        if (q.to() != null) {
            where.append(" AND e.occurredAt < :to");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> typed, AuditQuery q) {
        if (!Caller.WHOLE_ACCOUNT.equals(caller.scopePath())) {
            typed.setParameter("scope", caller.scopePath() + "%");
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            typed.setParameter("actor", Like.contains(q.actor()));
        }
        if (q.target() != null && !q.target().isBlank()) {
            typed.setParameter("target", Like.contains(q.target()));
        }
        if (q.kind() != null) {
            typed.setParameter("kind", q.kind().name());
        }
        if (q.outcome() != null) {
            typed.setParameter("outcome", q.outcome());
        }
        if (q.from() != null) {
            typed.setParameter("from", q.from());
        }
        if (q.to() != null) {
            typed.setParameter("to", q.to());
        }
    }
}

package org.lms.service.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;

/**
 * Makes a missing row of the learning tally, with zero counts, in a transaction of its own: it
 * commits at once, so the caller's transaction only ever updates rows. When two transactions need
 * the same new row at once, the second insert fails on the key, and the row is there as wanted.
 */
@ApplicationScoped
public class TallyRows {

    @PersistenceContext
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(LearningTally.Key key) {
        em.createNativeQuery("INSERT INTO LEARNING_TALLY (ORGANIZATION_ID, DUE_ON, ENROLLED, FINISHED) VALUES (?, ?, 0, 0)")
                .setParameter(1, key.organizationId()).setParameter(2, Date.valueOf(key.dueOn())).executeUpdate();
    }
}

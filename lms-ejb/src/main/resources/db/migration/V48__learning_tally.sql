-- The organization summary counts every enrollment of a subtree: on a million enrollments that is
-- seconds of reading. LEARNING_TALLY keeps the counts per organization (of the learner) and due
-- date, written in the same transaction as the enrollments they count, so the summary reads a few
-- thousand rows. "No due date" is 9999-12-31: never overdue, and a key column cannot be null.
-- Overdue is worked out when read: unfinished (ENROLLED - FINISHED) with a due date before today.
CREATE TABLE LEARNING_TALLY (
    ORGANIZATION_ID BIGINT NOT NULL,
    DUE_ON DATE NOT NULL,
    ENROLLED BIGINT NOT NULL,
    FINISHED BIGINT NOT NULL,
    -- No foreign key to ORGANIZATION: a row is made in a transaction of its own, which must not
    -- wait for an organization the calling transaction has just made and not yet committed.
    -- Deleting an (empty) organization deletes its rows.
    CONSTRAINT PK_LEARNING_TALLY PRIMARY KEY (ORGANIZATION_ID, DUE_ON)
);

INSERT INTO LEARNING_TALLY (ORGANIZATION_ID, DUE_ON, ENROLLED, FINISHED)
SELECT u.ORGANIZATION_ID, COALESCE(e.DUE_ON, CAST('9999-12-31' AS DATE)), COUNT(*),
       SUM(CASE WHEN e.STATUS IN ('COMPLETED', 'PASSED', 'FAILED') THEN 1 ELSE 0 END)
FROM ENROLLMENT e JOIN LMS_USER u ON u.ID = e.USER_ID
GROUP BY u.ORGANIZATION_ID, e.DUE_ON;

-- "My learning" reads a page of a learner's enrollments in the order of IX_ENROLLMENT_MY_LEARNING
-- (V49). With the other enrollment columns the page shows (status, progress, mandatory) in the
-- index too, the database answers the enrollment side from the index alone and no longer reads each
-- row of ENROLLMENT behind it: on the portal's busiest page, once per course shown.
DROP INDEX IX_ENROLLMENT_MY_LEARNING;
CREATE INDEX IX_ENROLLMENT_MY_LEARNING ON ENROLLMENT
    (USER_ID, FINISHED, DUE_ON, COURSE_TITLE_KEY, COURSE_ID, STATUS, PROGRESS, MANDATORY);

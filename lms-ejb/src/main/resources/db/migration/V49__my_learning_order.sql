-- "My learning" lists a learner's courses open first, then by due date (none last), then by title.
-- Sorting all of a learner's enrollments for every page view cost most of the page's database time;
-- with the order's columns on ENROLLMENT, an index hands a page over in order and the database
-- reads only the rows it shows.

-- The course's title in lower case, kept by the application whenever a course is retitled.
ALTER TABLE ENROLLMENT ADD COLUMN COURSE_TITLE_KEY VARCHAR(200);
UPDATE ENROLLMENT SET COURSE_TITLE_KEY = (SELECT LOWER(c.TITLE) FROM COURSE c WHERE c.ID = ENROLLMENT.COURSE_ID);
-- ${setNotNull} is "NOT NULL" on Derby and "SET NOT NULL" on PostgreSQL (DatabaseMigrator).
ALTER TABLE ENROLLMENT ALTER COLUMN COURSE_TITLE_KEY ${setNotNull};

-- 0 while the course is open (not started or in progress), 1 once finished: computed by the
-- database from STATUS, so every writer of STATUS (entities and bulk updates alike) keeps it right.
-- ${storedGenerated} is empty on Derby and "STORED" on PostgreSQL.
ALTER TABLE ENROLLMENT ADD COLUMN FINISHED SMALLINT GENERATED ALWAYS AS
    (CASE WHEN STATUS IN ('NOT_STARTED', 'IN_PROGRESS') THEN 0 ELSE 1 END) ${storedGenerated};

CREATE INDEX IX_ENROLLMENT_MY_LEARNING ON ENROLLMENT (USER_ID, FINISHED, DUE_ON, COURSE_TITLE_KEY, COURSE_ID);

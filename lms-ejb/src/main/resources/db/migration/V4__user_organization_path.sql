-- The user list filters by organization subtree and sorts by name on 100,000 people: a copy of the
-- organization's path on each user keeps that a one-table query with indexes. The application
-- keeps the copy in step when people or organizations move. Runs on Derby and PostgreSQL.

ALTER TABLE LMS_USER ADD COLUMN ORGANIZATION_PATH VARCHAR(1000);
UPDATE LMS_USER SET ORGANIZATION_PATH = (SELECT o.PATH FROM ORGANIZATION o WHERE o.ID = LMS_USER.ORGANIZATION_ID);
-- ${setNotNull} is "NOT NULL" on Derby and "SET NOT NULL" on PostgreSQL (DatabaseMigrator).
ALTER TABLE LMS_USER ALTER COLUMN ORGANIZATION_PATH ${setNotNull};

DROP INDEX IX_LMS_USER_NAME;
CREATE INDEX IX_LMS_USER_NAME_ID ON LMS_USER (NAME, ID);
CREATE INDEX IX_LMS_USER_ORGANIZATION_PATH ON LMS_USER (ORGANIZATION_PATH);

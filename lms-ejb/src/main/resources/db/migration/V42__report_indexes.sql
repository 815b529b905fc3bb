-- Reports: the overdue list and every overdue count look for unfinished enrollments due before
-- today; the date range filters read the assignment and completion times.
CREATE INDEX IX_ENROLLMENT_DUE_STATUS ON ENROLLMENT (DUE_ON, STATUS);
CREATE INDEX IX_ENROLLMENT_ASSIGNED_AT ON ENROLLMENT (ASSIGNED_AT);
CREATE INDEX IX_ENROLLMENT_COMPLETED_AT ON ENROLLMENT (COMPLETED_AT);

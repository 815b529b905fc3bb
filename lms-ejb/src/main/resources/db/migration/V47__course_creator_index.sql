-- Reports on own content: an Instructor's learning reports keep the enrollments whose course
-- they created, so the course's creator is looked up for every enrollment counted.
CREATE INDEX IX_COURSE_CREATED_BY ON COURSE (CREATED_BY);

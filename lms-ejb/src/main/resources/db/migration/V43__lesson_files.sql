-- The file of a lesson of kind FILE: a PDF, a video, audio or an image, at most one per lesson.
-- The bytes live in the database, so a backup of the database is a backup of the content and no
-- path from a person's input ever touches the file system. Removing the lesson removes its file.
-- Runs on Derby (BLOB) and PostgreSQL (BYTEA).

CREATE TABLE LESSON_FILE (
    LESSON_ID BIGINT NOT NULL,
    FILE_NAME VARCHAR(255) NOT NULL,
    CONTENT_TYPE VARCHAR(100) NOT NULL,
    SIZE_BYTES BIGINT NOT NULL,
    SHA256 VARCHAR(64) NOT NULL,
    UPLOADED_AT TIMESTAMP NOT NULL,
    CONTENT ${largeBinary} NOT NULL,
    CONSTRAINT PK_LESSON_FILE PRIMARY KEY (LESSON_ID),
    CONSTRAINT FK_LESSON_FILE_LESSON FOREIGN KEY (LESSON_ID) REFERENCES LESSON (ID) ON DELETE CASCADE
);

package org.lms.service.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.lms.service.content.FileStore;
import org.lms.service.content.StoredFile;

/**
 * The file a learner handed in with a submission, at most one per submission, of the kinds a
 * lesson file may be (told by its content). The services check who may read it first.
 */
@ApplicationScoped
public class SubmissionFiles extends FileStore {

    /** Enough for a report with pictures or a short recording; a bound keeps the database small. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    @Override
    protected String table() {
        return "SUBMISSION_FILE";
    }

    @Override
    protected String key() {
        return "SUBMISSION_ID";
    }

    @Override
    public long maxBytes() {
        return MAX_BYTES;
    }

    @Override
    protected String tooLargeKey() {
        return "input.submissionFileTooLarge";
    }

    /** The files of a learner's submissions in one course, by submission id, in one query. */
    public Map<Long, StoredFile> ofEnrollment(long enrollmentId) {
        return query("SELECT " + columns() + " FROM SUBMISSION_FILE WHERE SUBMISSION_ID IN (SELECT ID FROM SUBMISSION"
                + " WHERE ENROLLMENT_ID = ?)", enrollmentId);
    }
}

package org.lms.service.content;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file as the LMS keeps it: whose it is (a lesson's or a submission's id), the name people see,
 * its checked type, size and digest.
 */
public record StoredFile(long ownerId, String name, String contentType, long size, String sha256, Instant uploadedAt)
        implements Serializable {

    /** Whether browsers show it in the page (video, audio, image) rather than as a document to open. */
    public boolean media() {
        return contentType.startsWith("video/") || contentType.startsWith("audio/") || contentType.startsWith("image/");
    }
}

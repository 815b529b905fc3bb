package org.lms.service.content;

import java.io.OutputStream;

/**
 * Where a lesson file goes once the caller may have it: the web layer looks at the stored file
 * (size, type, digest), sets its headers and answers which bytes to write where. The bytes are
 * written inside the service, so access is checked before the first one leaves.
 */
@FunctionalInterface
public interface FileSink {

    /** The bytes to send: {@code length} bytes from {@code from} into {@code out}; none when {@code out} is null. */
    record Slice(long from, long length, OutputStream out) {

        public static Slice none() {
            return new Slice(0, 0, null);
        }
    }

    Slice start(StoredFile file);
}

package org.lms.service.imports;

import java.io.Serializable;
import java.util.List;

/**
 * How far an import has got. When it is finished, {@code links} holds the set-password link
 * secrets of the people it created (email and secret), for the importer to pass on once.
 */
public record ImportProgress(long total, long done, long created, long updated, long deactivated, long failed,
        boolean finished, String failure, List<String[]> links) implements Serializable {

    public int percent() {
        return total == 0 ? 100 : (int) (done * 100 / total);
    }
}

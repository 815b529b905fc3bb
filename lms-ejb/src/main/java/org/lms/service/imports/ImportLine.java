package org.lms.service.imports;

import java.io.Serializable;

/** One data row of an import file as written, before anything is checked. Blank cells are null. */
public record ImportLine(long line, String email, String name, String organization, String role, String status)
        implements Serializable {
}

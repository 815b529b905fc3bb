package org.lms.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.lms.domain.roles.Privilege;

/**
 * Taking a report away as a file is a privilege of its own (Export reports): reading a report
 * on screen does not include it. The file then pages through the same scoped report the reader
 * sees, so it holds exactly those rows.
 */
@Stateless
@RolesAllowed(Privilege.Names.EXPORT_REPORTS)
public class ReportExport {

    /** Answers for holders of Export reports; the container refuses everyone else before it runs. */
    public void requirePermission() {
        // Nothing to do: @RolesAllowed is the check.
    }
}

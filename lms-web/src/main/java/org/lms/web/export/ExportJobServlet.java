package org.lms.web.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.lms.web.security.ActiveUser;

/**
 * Hands out a background export's finished file: once, to the person and session that started
 * it, as an attachment; the file is deleted right after. Anything else (another person's job, a
 * job not finished, a file fetched already) is "not found".
 */
@WebServlet(name = "ExportJobFile", urlPatterns = "/exports/file")
public class ExportJobServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The parameter naming the job. */
    public static final String JOB = "job";

    @Inject
    private transient ExportJobs jobs;

    @Inject
    private transient ActiveUser activeUser;

    /** The address of a job's file, relative to the application. */
    public static String address(ExportJob job) {
        return "/exports/file?" + JOB + "=" + job.id();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Optional<ExportJob> taken = session == null || !activeUser.isSignedIn() ? Optional.empty()
                : jobs.take(activeUser.getProfile().id(), session.getId(), request.getParameter(JOB));
        if (taken.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExportJob job = taken.get();
        try {
            response.setContentType(job.format().contentType());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + job.fileName() + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLengthLong(jobs.size(job));
            jobs.copy(job, response.getOutputStream());
        } finally {
            jobs.delete(job);
        }
    }
}

package org.lms.web.files;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.lms.service.learning.MyAssignments;
import org.lms.service.learning.SubmissionGrading;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Refusal;
import org.lms.web.shell.AddressParameters;

/**
 * The file a learner handed in: for the graders of its course on the "Submissions to grade" page
 * ({@code ?id=}), and for the learner themselves in the course player ({@code ?course=&lesson=&id=}).
 * Always as a download (Content-Disposition: attachment, nosniff), never shown in the portal's
 * pages. Who may have it is the services' decision, made before the first byte: for graders, a
 * submission outside the caller's scope is "not found" and one of a course the caller may not
 * grade is refused; for learners, anything but their own submission in their own published course
 * is "not found".
 */
@WebServlet(name = "SubmissionFile", urlPatterns = SubmissionFileServlet.PATH)
public class SubmissionFileServlet extends HttpServlet {

    public static final String PATH = "/submission-file";
    private static final long serialVersionUID = 1L;

    @Inject
    private SubmissionGrading grading;

    @Inject
    private MyAssignments assignments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long submission = AddressParameters.id(request.getParameter("id"));
        boolean mine = request.getParameter("course") != null;
        Long course = AddressParameters.id(request.getParameter("course"));
        Long lesson = AddressParameters.id(request.getParameter("lesson"));
        if (submission == null || mine && (course == null || lesson == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDelivery delivery = new FileDelivery(request.getHeader("Range"), request.getHeader("If-None-Match"), false, true, null,
                new ServletAnswer(response));
        try {
            if (mine) {
                assignments.sendFile(course, lesson, submission, delivery);
            } else {
                grading.sendFile(submission, delivery);
            }
        } catch (NotFound | EJBAccessException refused) {
            answer(response, HttpServletResponse.SC_NOT_FOUND);
        } catch (Refusal refused) {
            answer(response, HttpServletResponse.SC_FORBIDDEN);
        } catch (EJBException | UncheckedIOException broken) {
            if (!response.isCommitted()) {
                throw broken;
            }
        }
    }

    private static void answer(HttpServletResponse response, int status) throws IOException {
        if (!response.isCommitted()) {
            response.reset();
            response.sendError(status);
        }
    }
}

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
import org.lms.service.content.CourseAdministration;
import org.lms.service.learning.MyLearning;
import org.lms.service.permissions.NotFound;
import org.lms.web.shell.AddressParameters;

/**
 * A lesson's file for the pages: the course player embeds it (video, audio, image) or opens it
 * (PDF), and the course editor previews it ({@code editor} in the address). Who may have it is the
 * services' decision, made before the first byte: a learner's own published course, or a course
 * of the caller's scope in the editor. Anything else is "not found". Range requests let a video
 * player seek.
 */
@WebServlet(name = "LessonFile", urlPatterns = LessonFileServlet.PATH)
public class LessonFileServlet extends HttpServlet {

    public static final String PATH = "/lesson-file";
    private static final long serialVersionUID = 1L;

    @Inject
    private MyLearning learning;

    @Inject
    private CourseAdministration content;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, false);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, true);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, boolean head) throws IOException {
        Long course = AddressParameters.id(request.getParameter("course"));
        Long lesson = AddressParameters.id(request.getParameter("lesson"));
        if (course == null || lesson == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileDelivery delivery = new FileDelivery(request.getHeader("Range"), request.getHeader("If-None-Match"), head,
                request.getParameter("download") != null, null, new ServletAnswer(response));
        try {
            if (request.getParameter("editor") != null) {
                content.sendLessonFile(course, lesson, delivery);
            } else {
                learning.sendLessonFile(course, lesson, delivery);
            }
        } catch (NotFound | EJBAccessException refused) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (EJBException | UncheckedIOException broken) {
            // Most often the player went away mid-file (it seeks with a new request); nothing to answer.
            if (!response.isCommitted()) {
                throw broken;
            }
        }
    }
}

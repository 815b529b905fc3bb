package org.lms.web.export;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** When a session ends (sign-out or time-out), its background exports stop and their files go. */
@WebListener
public class ExportJobSessions implements HttpSessionListener {

    @Inject
    private ExportJobs jobs;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        jobs.sessionEnded(event.getSession().getId());
    }
}

package org.lms.web.reports;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.lms.web.export.ExportJob;
import org.lms.web.export.ExportJobServlet;
import org.lms.web.export.ExportJobs;
import org.lms.web.export.ExportServlet;
import org.lms.web.export.TableExport;
import org.lms.web.i18n.Locales;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;
import org.lms.web.shell.Feedback;

/**
 * The Reports page's exports as background jobs: a tab's CSV or XLSX button prepares the file of
 * what the tab shows (the service checks Export reports and the filter's scope at once), starts
 * the job and follows it with a progress bar the page polls while the person keeps working; the
 * job can be cancelled, and its file is offered once it is written.
 */
@Named
@ViewScoped
public class ReportExportPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExportJobs jobs;

    @Inject
    private ReportFiles files;

    @Inject
    private ReportsPage page;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Locales locales;

    @Inject
    private Feedback feedback;

    /** The job this page follows, if any. */
    private String jobId;

    /** Starts exporting what the tab {@code report} shows now, in its order. */
    public void start(String report, String format) {
        Map<String, Object> parameters = page.exportParameters(report, format);
        ExportServlet.Download download;
        try {
            download = files.prepare(name -> parameters.get(name) == null ? null : parameters.get(name).toString(),
                    ResourceBundle.getBundle(Messages.BUNDLE, locales.getCurrent()), activeUser.getTimeZone());
        } catch (RuntimeException e) {
            feedback.failed(e, "reports");
            return;
        }
        TableExport.Format chosen = TableExport.Format.parse(format).orElseThrow();
        Optional<ExportJob> started = jobs.start(activeUser.getProfile().id(), session().getSessionId(false), download, chosen);
        if (started.isEmpty()) {
            feedback.error("reports.exportJob.tooMany", ExportJobs.RUNNING_PER_PERSON);
            return;
        }
        jobId = started.get().id();
    }

    /** The job followed, while the server holds it. */
    public ExportJob getJob() {
        return jobId == null ? null : jobs.find(activeUser.getProfile().id(), jobId).orElse(null);
    }

    /** Whether the poll should keep asking: a job is followed and still running. */
    public boolean isRunning() {
        ExportJob job = getJob();
        return job != null && !job.state().finished();
    }

    public void cancel() {
        if (jobId != null) {
            jobs.cancel(activeUser.getProfile().id(), jobId);
            jobId = null;
            feedback.info("reports.exportJob.cancelled");
        }
    }

    /** The finished file's address; it is handed out once, and the panel forgets the job. */
    public String getDownloadUrl() {
        ExportJob job = getJob();
        return job == null || job.state() != ExportJob.State.DONE ? null
                : session().getRequestContextPath() + ExportJobServlet.address(job);
    }

    /** Closes the panel of a finished job (after its download, or a failure). */
    public void dismiss() {
        ExportJob job = getJob();
        if (job == null || job.state().finished()) {
            jobId = null;
        }
    }

    private static ExternalContext session() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}

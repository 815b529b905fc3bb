package org.lms.web.users;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lms.service.imports.ImportAction;
import org.lms.service.imports.ImportFile;
import org.lms.service.imports.ImportPlan;
import org.lms.service.imports.ImportProgress;
import org.lms.service.imports.PlannedRow;
import org.lms.service.imports.UserImport;
import org.lms.web.i18n.Locales;
import org.lms.web.shell.Feedback;

/**
 * Bulk import of people: upload a CSV file, see row by row what a dry run would do, then import
 * it with a progress bar and hand out the new people's set-password links once.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserImport imports;

    @Inject
    private Feedback feedback;

    @Inject
    private Locales locales;

    private transient Part upload;
    private byte[] file;
    private String fileName;
    private boolean deactivateMissing;
    private ImportPlan plan;
    private boolean errorsOnly;
    private Long confirmedDeactivations;
    private String job;
    private ImportProgress progress;

    /** Reads the chosen file and runs the dry run: nothing changes. */
    public void check() {
        plan = null;
        progress = null;
        job = null;
        if (upload == null || upload.getSize() == 0) {
            feedback.error("import.chooseFile");
            return;
        }
        if (upload.getSize() > ImportFile.MAX_BYTES) {
            feedback.error("import.fileTooLarge", ImportFile.MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            file = in.readAllBytes();
            fileName = upload.getSubmittedFileName();
        } catch (IOException e) {
            feedback.error("import.unreadable");
            return;
        }
        dryRun();
    }

    /** Runs the dry run again, e.g. after switching "deactivate people missing from the file". */
    public void dryRun() {
        if (file == null) {
            return;
        }
        try {
            plan = imports.dryRun(file, deactivateMissing);
        } catch (RuntimeException e) {
            plan = null;
            feedback.failed(e, "import");
        }
    }

    public void start() {
        if (plan == null || file == null) {
            return;
        }
        try {
            job = imports.start(file, deactivateMissing, confirmedDeactivations == null ? 0 : confirmedDeactivations);
            progress = imports.progress(job);
        } catch (RuntimeException e) {
            feedback.failed(e, "import");
        }
    }

    /** Called by the page's poll while the import runs. */
    public void refresh() {
        if (job != null) {
            progress = imports.progress(job);
        }
    }

    /** The new people's set-password links as a CSV file, once; afterwards they are forgotten. */
    public void downloadLinks() throws IOException {
        if (progress == null || !progress.finished()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"set-password-links.csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (Writer writer = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("email", "link").build())) {
            for (String[] link : progress.links()) {
                csv.printRecord(link[0], SetPasswordLinkPanel.absoluteLink(link[1]));
            }
        }
        faces.responseComplete();
        imports.discard(job);
        progress = new ImportProgress(progress.total(), progress.done(), progress.created(), progress.updated(),
                progress.deactivated(), progress.failed(), true, progress.failure(), List.of());
    }

    public List<PlannedRow> getRows() {
        if (plan == null) {
            return List.of();
        }
        return errorsOnly ? plan.rows().stream().filter(r -> r.action() == ImportAction.ERROR).toList() : plan.rows();
    }

    public String details(PlannedRow row) {
        return String.join(" ", row.messages(locales.getCurrent()));
    }

    public boolean isRunning() {
        return progress != null && !progress.finished();
    }

    public boolean isNeedsConfirmation() {
        return plan != null && plan.deactivations() > 0;
    }

    public ImportAction[] getActions() {
        return ImportAction.values();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isDeactivateMissing() {
        return deactivateMissing;
    }

    public void setDeactivateMissing(boolean deactivateMissing) {
        this.deactivateMissing = deactivateMissing;
    }

    public boolean isErrorsOnly() {
        return errorsOnly;
    }

    public void setErrorsOnly(boolean errorsOnly) {
        this.errorsOnly = errorsOnly;
    }

    public Long getConfirmedDeactivations() {
        return confirmedDeactivations;
    }

    public void setConfirmedDeactivations(Long confirmedDeactivations) {
        this.confirmedDeactivations = confirmedDeactivations;
    }

    public ImportPlan getPlan() {
        return plan;
    }

    public ImportProgress getProgress() {
        return progress;
    }
}

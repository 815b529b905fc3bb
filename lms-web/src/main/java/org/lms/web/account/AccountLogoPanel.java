package org.lms.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.lms.service.account.AccountBranding;
import org.lms.service.account.AccountSettingsService;
import org.lms.service.account.LogoImage;
import org.lms.service.permissions.InvalidInput;
import org.lms.web.shell.Feedback;

/** The logo part of the account settings page: upload a new image or remove it. */
@Named
@ViewScoped
public class AccountLogoPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService service;

    @Inject
    private AccountBranding branding;

    @Inject
    private Feedback feedback;

    /** The settings form of the same page, which holds the account's version. */
    @Inject
    private AccountSettingsPage settingsPage;

    private transient Part upload;

    public void upload() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw InvalidInput.field("logo", "input.required");
            }
            if (upload.getSize() > LogoImage.MAX_BYTES) {
                // Refused before reading: the service would refuse it too, but need not hold it in memory.
                throw InvalidInput.field("logo", "input.logoTooLarge", LogoImage.MAX_BYTES / 1024);
            }
            try (InputStream in = upload.getInputStream()) {
                service.changeLogo(in.readAllBytes());
            }
            // The logo's tag is on the account: the settings form carries on from the new version.
            settingsPage.reloadAfterChange();
            feedback.info("account.logoSaved");
        } catch (IOException e) {
            feedback.error("account.logoUnreadable");
        } catch (RuntimeException e) {
            feedback.failed(e, "logoForm");
        }
    }

    public void remove() {
        try {
            service.removeLogo();
            settingsPage.reloadAfterChange();
            feedback.info("account.logoRemoved");
        } catch (RuntimeException e) {
            feedback.failed(e, "logoForm");
        }
    }

    /** The current logo's tag, empty when there is none. */
    public String getTag() {
        return branding.logoTag();
    }

    public int getMaxKilobytes() {
        return LogoImage.MAX_BYTES / 1024;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}

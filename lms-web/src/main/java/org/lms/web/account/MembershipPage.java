package org.lms.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;
import org.lms.service.account.Membership;
import org.lms.service.account.MembershipService;
import org.lms.service.account.OwnershipTransfer;
import org.lms.service.users.UserDirectory;
import org.lms.service.users.UserQuery;
import org.lms.service.users.UserRow;
import org.lms.web.shell.Feedback;

/**
 * The Account Owner's page: plan, seats and billing contact; cancelling (confirmed by typing the
 * account name) and renewing the membership; handing ownership to an Administrator.
 */
@Named
@ViewScoped
public class MembershipPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MembershipService service;

    @Inject
    private OwnershipTransfer ownership;

    @Inject
    private UserDirectory directory;

    @Inject
    private Feedback feedback;

    private Membership membership;
    private String plan;
    private int seatLimit;
    private String billingContact;
    private String confirmation;
    private Long newOwnerId;
    private List<UserRow> administrators;

    public void load() {
        membership = service.membership();
        plan = membership.plan();
        seatLimit = membership.seatLimit();
        billingContact = membership.billingContact();
        administrators = directory.page(new UserQuery(null, UserStatus.ACTIVE, null, BuiltInRole.ADMINISTRATOR, null, null,
                UserQuery.SortField.NAME, false), 0, UserDirectory.MAX_PAGE_SIZE);
    }

    public void save() {
        try {
            service.update(plan, seatLimit, billingContact, membership.version());
            load();
            feedback.info("membership.saved");
        } catch (RuntimeException e) {
            feedback.failed(e, "membership");
        }
    }

    public void cancel() {
        try {
            service.cancel(confirmation);
            confirmation = null;
            load();
            feedback.info("membership.cancelled");
        } catch (RuntimeException e) {
            feedback.failed(e, "cancel");
        }
    }

    public void renew() {
        try {
            service.renew();
            load();
            feedback.info("membership.renewed");
        } catch (RuntimeException e) {
            feedback.failed(e, "renew");
        }
    }

    /** After handing ownership on, the former Owner is an Administrator: this page is no longer theirs. */
    public String transfer() {
        if (newOwnerId == null) {
            feedback.error("membership.chooseAdministrator");
            return null;
        }
        try {
            ownership.transferTo(newOwnerId);
            return "/index?faces-redirect=true&transferred=true";
        } catch (RuntimeException e) {
            feedback.failed(e, "transfer");
            return null;
        }
    }

    public Membership getMembership() {
        return membership;
    }

    public List<UserRow> getAdministrators() {
        return administrators;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public int getSeatLimit() {
        return seatLimit;
    }

    public void setSeatLimit(int seatLimit) {
        this.seatLimit = seatLimit;
    }

    public String getBillingContact() {
        return billingContact;
    }

    public void setBillingContact(String billingContact) {
        this.billingContact = billingContact;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public Long getNewOwnerId() {
        return newOwnerId;
    }

    public void setNewOwnerId(Long newOwnerId) {
        this.newOwnerId = newOwnerId;
    }
}

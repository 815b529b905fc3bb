package org.lms.service.users;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lms.domain.account.Account;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.reports.ReportScope;

/**
 * The signed-in person's own profile. Everyone signed in may read it; anonymous callers get
 * nothing.
 */
@Stateless
@PermitAll
public class MyProfileService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecurityContext security;

    public Optional<MyProfile> me() {
        return signedIn().map(MyProfileService::profile);
    }

    /** The signed-in person, if the caller is one of ours. */
    private Optional<User> signedIn() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(principal.getName());
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(User.class, id));
    }

    private static MyProfile profile(User user) {
        Organization organization = user.getOrganization();
        Set<String> privileges = user.getRole().getPrivileges().stream().map(Privilege::name)
                .collect(Collectors.toUnmodifiableSet());
        return new MyProfile(user.getId(), user.getEmail(), user.getName(), user.getRole().getId(), user.getRole().getKey(),
                user.getRole().getName(), organization.getId(), organization.getName(), organization.getPath(),
                user.getLocale(), user.getTimeZone(), privileges);
    }

    /** The account's name, default language and time zone, session timeout and logo tag. */
    public AccountDefaults accountDefaults() {
        return defaults(em.find(Account.class, Account.THE_ACCOUNT));
    }

    private static AccountDefaults defaults(Account account) {
        return account == null ? new AccountDefaults("Learning", "en", "UTC", 30, "")
                : new AccountDefaults(account.getName(), account.getDefaultLocale(), account.getDefaultTimeZone(),
                        account.getSessionTimeoutMinutes(), account.getLogoTag() == null ? "" : account.getLogoTag());
    }

    /**
     * Everything the frame of a page shows, in one call per request rather than one per item: the
     * signed-in person (none for an anonymous page), the account's defaults and logo, and whether
     * the Reports entry of the menu opens (the reports' own rule, {@link ReportScope}).
     */
    // Reads only, on every page view: no transaction of its own to begin and commit.
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PageShell shell() {
        Optional<User> me = signedIn();
        Account account = em.find(Account.class, Account.THE_ACCOUNT);
        // The reports' rule on the person and account read here, rather than through a request bean of
        // the reports, which every page view would create just for this answer.
        return new PageShell(me.map(MyProfileService::profile), defaults(account),
                me.isPresent() && account != null && ReportScope.learningReportsPermitted(me.get(), account));
    }

    /** The account's defaults; the logo tag is empty when there is no logo (then the name shows). */
    public record AccountDefaults(String accountName, String locale, String timeZone, int sessionTimeoutMinutes,
            String logoTag) implements Serializable {
    }

    /** What a page's frame shows of the person and the account. */
    public record PageShell(Optional<MyProfile> me, AccountDefaults defaults, boolean learningReports) {
    }
}

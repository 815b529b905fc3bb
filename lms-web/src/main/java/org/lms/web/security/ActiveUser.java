package org.lms.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lms.service.users.MyProfile;
import org.lms.service.users.MyProfileService;
import org.lms.web.i18n.Messages;
import org.lms.web.shell.Page;

/**
 * The signed-in person as views see them, loaded once per request (with the account's defaults and
 * the answers the menu needs, in one service call) so that a change of role shows on the next
 * page. Views ask {@code activeUser.can('MANAGE_USERS')} rather than naming roles.
 */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    private MyProfileService profiles;

    @Inject
    private Messages messages;

    private MyProfileService.PageShell shell;
    private Set<Page> openPages;

    public boolean isSignedIn() {
        return profile().isPresent();
    }

    public MyProfile getProfile() {
        return profile().orElse(null);
    }

    /** "Signed in as …", for the top bar. */
    public String getSignedInAs() {
        return messages.format("shell.signedInAs", profile().map(MyProfile::name).orElse(""));
    }

    public boolean can(String privilege) {
        return privileges().contains(privilege);
    }

    public boolean mayOpen(Page page) {
        return isSignedIn() && page.opensFor(privileges()) && passes(page.rule());
    }

    /** Every page the caller may open, worked out once per request: the menu asks about each of them. */
    public Set<Page> openPages() {
        if (openPages == null) {
            Set<Page> pages = EnumSet.noneOf(Page.class);
            for (Page page : Page.values()) {
                if (mayOpen(page)) {
                    pages.add(page);
                }
            }
            openPages = pages;
        }
        return openPages;
    }

    /** A page's rule, as the services answer it; asked once per request. */
    private boolean passes(Page.Rule rule) {
        if (rule == null) {
            return true;
        }
        return switch (rule) {
            case LEARNING_REPORTS -> shell().learningReports();
        };
    }

    /** For views: {@code activeUser.mayOpenPage('MY_SETTINGS')}. */
    public boolean mayOpenPage(String pageName) {
        return mayOpen(Page.valueOf(pageName));
    }

    public Set<String> privileges() {
        return profile().map(MyProfile::privileges).orElse(Set.of());
    }

    public String getAccountName() {
        return defaults().accountName();
    }

    /** The account logo's tag for its address, or an empty text when there is no logo (then the name shows). */
    public String getLogoTag() {
        return defaults().logoTag();
    }

    /** The person's language, else the account's default. */
    public Optional<Locale> chosenLocale() {
        return profile().map(MyProfile::locale).filter(tag -> !tag.isBlank()).map(Locale::forLanguageTag);
    }

    public Locale accountLocale() {
        return Locale.forLanguageTag(defaults().locale());
    }

    public ZoneId getTimeZone() {
        String zone = profile().map(MyProfile::timeZone).filter(z -> !z.isBlank()).orElse(defaults().timeZone());
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException unknownZone) {
            return ZoneId.of("UTC");
        }
    }

    /**
     * Forgets what this request read, for an action that changed it (the logo, the account's name or
     * language, the person's own settings): the page it renders then shows the change.
     */
    public void refresh() {
        shell = null;
        openPages = null;
    }

    private Optional<MyProfile> profile() {
        return shell().me();
    }

    private MyProfileService.AccountDefaults defaults() {
        return shell().defaults();
    }

    private MyProfileService.PageShell shell() {
        if (shell == null) {
            shell = profiles.shell();
        }
        return shell;
    }
}

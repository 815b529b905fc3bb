package org.lms.service.account;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.lms.domain.account.Account;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Role;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.service.demo.DemoData;
import org.lms.service.learning.LearningTally;
import org.lms.service.platform.Settings;
import org.lms.service.security.PasswordHasher;

/**
 * First-start work, run by {@code ApplicationStartup} in its transaction before anyone can sign
 * in. Not an EJB: nothing but the start-up may call it.
 */
@Dependent
public class AccountBootstrap {

    public static final String DEMO_SETTING = "lms.demo";
    public static final String OWNER_EMAIL_SETTING = "lms.owner.email";
    public static final String OWNER_PASSWORD_SETTING = "lms.owner.password";
    public static final String ACCOUNT_NAME_SETTING = "lms.account.name";
    public static final String DEMO_OWNER_EMAIL = "owner@acme.example";
    public static final String DEMO_OWNER_PASSWORD = "Owner-Demo-2026";

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private LearningTally tally;

    /** Creates missing built-in roles and restores the privileges of the existing ones. */
    public void installBuiltInRoles() {
        for (BuiltInRole key : BuiltInRole.values()) {
            List<Role> found = em.createNamedQuery(Role.FIND_BY_KEY, Role.class).setParameter("key", key).getResultList();
            if (found.isEmpty()) {
                em.persist(Role.builtIn(key, DEFAULT_NAMES.get(key)));
            } else if (!found.get(0).getPrivileges().equals(key.privileges())) {
                found.get(0).restoreBuiltInPrivileges();
            }
        }
    }

    /** On an empty database: the account, its root organization, its owner, and maybe the demo. */
    public void createAccountIfMissing() {
        if (em.find(Account.class, Account.THE_ACCOUNT) != null) {
            return;
        }
        boolean demo = Settings.getBoolean(DEMO_SETTING, false);
        String accountName = Settings.get(ACCOUNT_NAME_SETTING, demo ? "Acme Corporation" : "My Company");
        Account account = new Account(accountName);
        em.persist(account);

        Organization root = new Organization(accountName, null);
        em.persist(root);
        root.assignPath();

        String ownerEmail = EmailAddress.parse(Settings.get(OWNER_EMAIL_SETTING, DEMO_OWNER_EMAIL))
                .orElseThrow(() -> new IllegalStateException(OWNER_EMAIL_SETTING + " is not a valid email address"));
        String ownerPassword = Settings.get(OWNER_PASSWORD_SETTING).orElse(null);
        if (ownerPassword == null) {
            ownerPassword = demo ? DEMO_OWNER_PASSWORD : randomPassword();
            if (!demo) {
                LOG.warning("No " + OWNER_PASSWORD_SETTING + " was set: the account owner " + ownerEmail
                        + " was given the one-time password " + ownerPassword + " - change it after signing in.");
            }
        }
        User owner = new User(ownerEmail, demo ? "Olivia Owner" : "Account Owner", root, role(BuiltInRole.ACCOUNT_OWNER));
        owner.changePasswordHash(hasher.hash(ownerPassword));
        em.persist(owner);

        if (demo) {
            new DemoData(em, hasher, this::role, tally).seed(root, owner);
            LOG.info("Demo account created: sign in as " + ownerEmail + " or one of the demo users in the README.");
        }
    }

    private Role role(BuiltInRole key) {
        return em.createNamedQuery(Role.FIND_BY_KEY, Role.class).setParameter("key", key).getSingleResult();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final Map<BuiltInRole, String> DEFAULT_NAMES = new EnumMap<>(Map.of(
            BuiltInRole.ACCOUNT_OWNER, "Account Owner",
            BuiltInRole.ADMINISTRATOR, "Administrator",
            BuiltInRole.ORGANIZATION_ADMINISTRATOR, "Organization Administrator",
            BuiltInRole.PUBLISHER, "Publisher",
            BuiltInRole.INSTRUCTOR, "Instructor",
            BuiltInRole.REPORTER, "Reporter",
            BuiltInRole.LEARNER, "Learner"));
}

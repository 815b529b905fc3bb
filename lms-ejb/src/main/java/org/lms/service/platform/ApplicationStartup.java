package org.lms.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.lms.service.account.AccountBootstrap;

/**
 * Runs once the schema is current: brings the built-in roles in line with the code and creates
 * the account on an empty database (with the demo data when asked for).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ApplicationStartup {

    @Inject
    private AccountBootstrap bootstrap;

    @PostConstruct
    void start() {
        bootstrap.installBuiltInRoles();
        bootstrap.createAccountIfMissing();
    }
}

package org.regionaltc.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * There is no default password: the first start creates the administrator from ADMIN_PASSWORD, or generates
 * a password and prints it once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final Environment environment;

    AdminBootstrap(Accounts accounts, AccountAdministration administration, Environment environment) {
        this.accounts = accounts;
        this.administration = administration;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        String username = environment.getProperty("ADMIN_USERNAME", "admin");
        String given = environment.getProperty("ADMIN_PASSWORD");
        String password = given == null || given.isBlank() ? AccountAdministration.generatePassword() : given;
        try {
            administration.create(username, password, new Accounts.Details("Administrator", null,
                org.regionaltc.system.Role.ADMIN, java.util.Set.of(), null, true));
        } catch (org.regionaltc.system.Conflict | org.springframework.dao.DuplicateKeyException anotherNodeWasFirst) {
            // Nodes started at once on a new database both found no administrator; the first to insert one wins,
            // and its log holds the password (the loser sees the username taken, or, if the winner committed
            // between its check and its insert, the unique key). Anything else with that username is a real
            // conflict.
            if (!accounts.anyAdmin()) {
                throw anotherNodeWasFirst;
            }
            log.info("Another node created the administrator account '{}' meanwhile", username);
            return;
        }
        if (given == null || given.isBlank()) {
            log.warn("""

                ==========================================================================
                 Created the administrator account '{}' with the generated password:
                     {}
                 It is shown only this once. Sign in and change it, or set ADMIN_PASSWORD
                 before the first start next time.
                ==========================================================================""", username, password);
        } else {
            log.info("Created the administrator account '{}' with the password from ADMIN_PASSWORD", username);
        }
    }
}

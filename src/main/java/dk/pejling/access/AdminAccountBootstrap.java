package dk.pejling.access;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure a fresh installation can be signed into: creates the account {@code admin} with the
 * password from {@code PEJLING_ADMIN_PASSWORD}, or else a random one printed once to the log.
 * There is no default password.
 */
@Component
@Order(0)
class AdminAccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);
    static final String ADMIN = "admin";

    private final AccountService accounts;
    private final String configuredPassword;

    AdminAccountBootstrap(AccountService accounts, @Value("${pejling.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            accounts.create(ADMIN, "Administrator", configuredPassword, Role.ADMIN);
            log.info("Created the account 'admin' with the password from PEJLING_ADMIN_PASSWORD");
            return;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.create(ADMIN, "Administrator", password, Role.ADMIN);
        log.warn("Created the account 'admin' with the password {} (shown once; set PEJLING_ADMIN_PASSWORD to choose one)",
                password);
    }
}

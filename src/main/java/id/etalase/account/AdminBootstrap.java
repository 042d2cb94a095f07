package id.etalase.account;

import id.etalase.common.PhoneNumbers;
import id.etalase.common.StartupLock;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Creates the first admin from ADMIN_PHONE and ADMIN_PASSWORD when no account has that number yet. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AccountConfig config;

    @Inject
    AccountService accounts;

    @Inject
    StartupLock startupLock;

    void onStart(@Observes StartupEvent event) {
        var admin = config.admin();
        if (admin.phone().isEmpty()) {
            LOG.debug("No ADMIN_PHONE set: no first admin created");
            return;
        }
        if (admin.password().isEmpty()) {
            LOG.warn("ADMIN_PHONE is set without ADMIN_PASSWORD: no first admin created");
            return;
        }
        AccountService.checkAdminPassword(admin.password().get());
        // Replicas starting together: one creates the account, the others find it.
        startupLock.run("the first admin", () -> accounts.ensureAdmin(admin.phone().get(), admin.password().get())
                .ifPresent(created -> LOG.infof("First admin account created for %s",
                        PhoneNumbers.masked(created.phone()))));
    }
}
